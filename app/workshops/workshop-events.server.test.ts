/**
 * The workshop's event stream (decision 014): it starts with the current state, carries the
 * workshop's events as JSON and only its own workshop's, and ends when its session is signed
 * out or its member removed, through the project bus's session-ending mechanism (decision 011).
 */
import { describe, expect, it } from "vitest";
import { createFeedbackEvents } from "../feedback/feedback-events.server";
import { createWorkshopEvents, workshopEventResponse } from "./workshop-events.server";

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, seen: string[], condition: (text: string) => boolean) {
  const decoder = new TextDecoder();
  while (!condition(seen.join(""))) {
    const chunk = await reader.read();
    if (chunk.done) return true;
    seen.push(decoder.decode(chunk.value));
  }
  return false;
}

describe("the workshop's event stream", () => {
  it("sends the state first, then its own workshop's events, and ends with the session", async () => {
    const events = createWorkshopEvents();
    const sessions = createFeedbackEvents();
    const controller = new AbortController();
    const response = workshopEventResponse({ projectId: "p1", workshopId: "w1", stateVersion: 7, signal: controller.signal, owner: { userId: "u1", sessionId: "s1" }, events, sessions });
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    const seen: string[] = [];
    await readUntil(reader, seen, (text) => text.includes('"stateVersion":7'));
    events.publish("w2", { type: "answered", pollId: "other", round: 1, answered: 9 });
    events.publish("w1", { type: "answered", pollId: "q1", round: 1, answered: 3 });
    await readUntil(reader, seen, (text) => text.includes('"answered":3'));
    expect(seen.join("")).not.toContain("other");
    expect(events.listenerCount("w1")).toBe(1);

    expect(sessions.endSession("s1")).toBe(1);
    expect(await readUntil(reader, seen, () => false)).toBe(true);
    expect(events.listenerCount("w1")).toBe(0);
    expect(sessions.listenerCount("p1")).toBe(0);
  });

  it("ends when the member is removed from the project, and when the browser leaves", async () => {
    const events = createWorkshopEvents();
    const sessions = createFeedbackEvents();
    const first = new AbortController();
    const removed = workshopEventResponse({ projectId: "p1", workshopId: "w1", stateVersion: 1, signal: first.signal, owner: { userId: "u1", sessionId: "s1" }, events, sessions });
    const second = new AbortController();
    const left = workshopEventResponse({ projectId: "p1", workshopId: "w1", stateVersion: 1, signal: second.signal, owner: { userId: "u2", sessionId: "s2" }, events, sessions });
    expect(events.listenerCount("w1")).toBe(2);
    expect(sessions.endMember("p1", "u1")).toBe(1);
    expect(await readUntil(removed.body!.getReader(), [], () => false)).toBe(true);
    second.abort();
    expect(await readUntil(left.body!.getReader(), [], () => false)).toBe(true);
    expect(events.listenerCount("w1")).toBe(0);
  });
});
