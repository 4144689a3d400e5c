import { describe, expect, it } from "vitest";
import { createFeedbackEvents } from "./feedback-events.server";
import { feedbackEventStream } from "./feedback-requests.server";

/** Reads a stream to its end, or says it is still open after `ms`. */
async function readToEnd(response: Response, ms = 1_000): Promise<string | "still open"> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const timeout = new Promise<"still open">((resolve) => setTimeout(() => resolve("still open"), ms));
  const done = (async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value);
    return text;
  })();
  const result = await Promise.race([done, timeout]);
  if (result === "still open") await reader.cancel();
  return result;
}

describe("ending a member's feedback streams (hole 5)", () => {
  const open = (events: ReturnType<typeof createFeedbackEvents>, projectId: string, userId: string, sessionId: string) =>
    feedbackEventStream(projectId, new AbortController().signal, { events, owner: { userId, sessionId } });

  it("hole 5: ending a session ends only that session's streams, and unsubscribes them", async () => {
    const events = createFeedbackEvents();
    const laptop = open(events, "p1", "u1", "s1");
    const phone = open(events, "p1", "u1", "s2");
    expect(events.listenerCount("p1")).toBe(2);
    expect(events.endSession("s1")).toBe(1);
    expect(await readToEnd(laptop)).toContain(": connected");
    expect(await readToEnd(phone, 200)).toBe("still open");
    expect(events.listenerCount("p1")).toBe(0);
  });

  it("hole 5: ending a member ends their streams of that project only; ending a user ends all of theirs", async () => {
    const events = createFeedbackEvents();
    const here = open(events, "p1", "u1", "s1");
    const elsewhere = open(events, "p2", "u1", "s1");
    const colleague = open(events, "p1", "u2", "s3");
    expect(events.endMember("p1", "u1")).toBe(1);
    expect(await readToEnd(here)).toContain(": connected");
    expect(events.listenerCount("p2")).toBe(1);
    expect(events.endUser("u1")).toBe(1);
    expect(await readToEnd(elsewhere)).toContain(": connected");
    expect(await readToEnd(colleague, 200)).toBe("still open");
  });
});
