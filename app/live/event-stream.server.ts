/**
 * One Server-Sent Events response (decisions 011, 012, 014): the retry hint, a keep-alive comment
 * now and then so proxies and browsers keep it open, and one way to stop — the browser going
 * away, the stream being cancelled, or its owner's session ending all run the same `stop`.
 */

/** How often an idle stream sends a comment line, so proxies and browsers keep it open. */
export const keepAliveMilliseconds = 25_000;

/**
 * @param open called once the stream starts, with `send` (raw SSE text) and `stop` (ends the
 *   stream); returns what to undo when it stops (unsubscribe from a bus).
 * @example
 * return eventStreamResponse(request.signal, (send, stop) => bus.subscribe(projectId, () => send("data: changed\n\n"), { userId, sessionId, end: stop }));
 */
export function eventStreamResponse(
  signal: AbortSignal,
  open: (send: (text: string) => void, stop: () => void) => () => void,
  keepAliveMs: number = keepAliveMilliseconds,
): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      let stopped = false;
      let undo = () => {};
      stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(keepAlive);
        undo();
        signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed by the other side.
        }
      };
      // The browser reconnects after 3 s if the stream breaks, and refetches on reconnect.
      send("retry: 3000\n: connected\n\n");
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), keepAliveMs);
      undo = open(send, stop);
      if (signal.aborted) stop();
      else signal.addEventListener("abort", stop);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
