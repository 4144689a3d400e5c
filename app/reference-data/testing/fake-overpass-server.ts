/**
 * A local HTTP server that answers like the Overpass API, for tests: the
 * recorded OSM answer in fixtures/, or a failure chosen by the request path.
 *
 * Paths: /api/interpreter (the recorded answer), /fail-500, /busy-429,
 * /slow (answers after `slowMs`), /huge (streams `hugeBytes` of JSON),
 * /html (an HTML error page with status 200), /runtime-error (a query that
 * ran out of time on the server: status 200, a remark and partial data).
 *
 * @example
 * const overpass = await startFakeOverpass();
 * await fetchOverpass({ query, endpoint: `${overpass.url}/api/interpreter` });
 * await overpass.close();
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const recordedOverpassAnswer = readFileSync(new URL("../fixtures/overpass-eikelund.json", import.meta.url), "utf8");

export interface FakeOverpass {
  /** Like http://127.0.0.1:40123, without a trailing slash. */
  url: string;
  /** The Overpass QL of every request received, in order. */
  queries: string[];
  /** Answers every path as this one from now on (e.g. "/fail-500"), or as asked when null. */
  answerAs(path: string | null): void;
  close(): Promise<void>;
}

export async function startFakeOverpass(options: { slowMs?: number; hugeBytes?: number } = {}): Promise<FakeOverpass> {
  const queries: string[] = [];
  const slowMs = options.slowMs ?? 5_000;
  const hugeBytes = options.hugeBytes ?? 2 * 1024 * 1024;
  const timers = new Set<NodeJS.Timeout>();
  let forcedPath: string | null = null;

  const server = createServer((request, response) => {
    void readBody(request)
      .then((body) => {
        queries.push(new URLSearchParams(body).get("data") ?? "");
        answer(forcedPath ?? new URL(request.url ?? "/", "http://localhost").pathname, response);
      })
      .catch(() => response.destroy());
  });

  function answer(path: string, response: ServerResponse) {
    switch (path) {
      case "/fail-500":
        response.writeHead(500, { "Content-Type": "text/html" }).end("<html><body>Internal Server Error</body></html>");
        return;
      case "/busy-429":
        response.writeHead(429, { "Content-Type": "text/html", "Retry-After": "30" }).end("<html><body>Too Many Requests</body></html>");
        return;
      case "/slow": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!response.destroyed) response.writeHead(200, { "Content-Type": "application/json" }).end(recordedOverpassAnswer);
        }, slowMs);
        timers.add(timer);
        return;
      }
      case "/huge":
        streamHuge(response);
        return;
      case "/html":
        response.writeHead(200, { "Content-Type": "text/html" }).end("<html><body><p>Error: runtime error: open64: 0 Success</p></body></html>");
        return;
      case "/runtime-error":
        response.writeHead(200, { "Content-Type": "application/json" }).end(
          JSON.stringify({
            version: 0.6,
            generator: "Overpass API",
            elements: [],
            remark: "runtime error: Query timed out in \"query\" at line 3 after 91 seconds.",
          }),
        );
        return;
      default:
        response.writeHead(200, { "Content-Type": "application/json" }).end(recordedOverpassAnswer);
    }
  }

  // Like Overpass: chunked, no Content-Length, so only counting the bytes can stop it.
  function streamHuge(response: ServerResponse) {
    response.writeHead(200, { "Content-Type": "application/json" });
    response.write('{"version":0.6,"elements":[');
    const node = JSON.stringify({ type: "node", id: 1, lat: 63.4, lon: 10.4, tags: { name: "x".repeat(200) } });
    let sent = 0;
    const writeMore = () => {
      while (sent < hugeBytes && !response.destroyed) {
        sent += node.length + 1;
        if (!response.write(`${node},`)) {
          response.once("drain", writeMore);
          return;
        }
      }
      if (!response.destroyed) response.end(`${node}]}`);
    };
    writeMore();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    answerAs: (path) => {
      forcedPath = path;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
