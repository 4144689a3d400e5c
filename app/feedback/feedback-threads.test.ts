import { describe, expect, it } from "vitest";
import type { Role } from "../permissions";
import { commentThreads, filterThreads, threadsByPlace } from "./feedback-threads";
import type { CommentJson } from "./feedback-types";

let clock = 0;
function comment(id: string, fields: { parentId?: string; siteId?: string | null; role?: Role; resolved?: boolean; pinned?: boolean } = {}): CommentJson {
  clock += 1;
  return {
    id,
    siteId: fields.siteId === undefined ? "site-a" : fields.siteId,
    parentId: fields.parentId ?? null,
    position: fields.pinned ? { lat: 63.42, lon: 10.4 } : null,
    authorId: `user-${fields.role ?? "planner"}`,
    authorName: fields.role ?? "planner",
    authorRole: fields.role ?? "planner",
    body: `comment ${id}`,
    createdAt: new Date(Date.UTC(2026, 11, 1, 12, clock)).toISOString(),
    resolvedAt: fields.resolved ? new Date(Date.UTC(2026, 11, 1, 13)).toISOString() : null,
    resolvedByName: fields.resolved ? "Kari" : null,
  };
}

describe("comment threads", () => {
  const comments = [
    comment("t1", { role: "police" }),
    comment("t2", { role: "fire", resolved: true }),
    comment("r1", { parentId: "t1", role: "resident" }),
    comment("t3", { siteId: null, pinned: true, role: "owner" }),
    comment("r2", { parentId: "t1", role: "planner" }),
  ];

  it("puts replies under their thread's first comment, oldest reply first, newest thread first", () => {
    const threads = commentThreads(comments);
    expect(threads.map((thread) => thread.root.id)).toEqual(["t3", "t2", "t1"]);
    expect(threads[2]?.replies.map((reply) => reply.id)).toEqual(["r1", "r2"]);
  });

  it("keeps a reply whose first comment is missing as a thread of its own rather than losing it", () => {
    const threads = commentThreads([comment("orphan", { parentId: "gone" })]);
    expect(threads.map((thread) => thread.root.id)).toEqual(["orphan"]);
  });

  it("filters by the role that wrote in the thread, owner and planner counting as the municipality", () => {
    const threads = commentThreads(comments);
    expect(filterThreads(threads, { group: "resident", status: "all" }).map((thread) => thread.root.id)).toEqual(["t1"]);
    expect(filterThreads(threads, { group: "municipality", status: "all" }).map((thread) => thread.root.id)).toEqual(["t3", "t1"]);
    expect(filterThreads(threads, { group: "observer", status: "all" })).toEqual([]);
  });

  it("filters open and resolved threads", () => {
    const threads = commentThreads(comments);
    expect(filterThreads(threads, { group: null, status: "resolved" }).map((thread) => thread.root.id)).toEqual(["t2"]);
    expect(filterThreads(threads, { group: null, status: "open" }).map((thread) => thread.root.id)).toEqual(["t3", "t1"]);
  });

  it("separates threads about a site from those pinned on the map without one", () => {
    const { bySite, unsited } = threadsByPlace(commentThreads(comments));
    expect(bySite.get("site-a")?.map((thread) => thread.root.id)).toEqual(["t2", "t1"]);
    expect(unsited.map((thread) => thread.root.id)).toEqual(["t3"]);
  });
});
