import { describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import { Presence, type PresenceOwner } from "./presence";
import { ProtocolError } from "./protocol";

const owner = (id: string): PresenceOwner => ({
  presenceUser: { id, name: `User ${id}`, role: "planner" },
  ownedClientIds: new Set<number>(),
});

/** A client-side awareness with a given client ID and state. */
function clientAwareness(clientId: number, state: Record<string, unknown>): Awareness {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  awareness.setLocalState(state);
  return awareness;
}

/** Applies a server broadcast to a fresh observer and returns the states it sees. */
function statesSeen(...updates: Array<Uint8Array | null>): Map<number, unknown> {
  const observer = new Awareness(new Y.Doc());
  observer.setLocalState(null);
  for (const update of updates) if (update) applyAwarenessUpdate(observer, update, "server");
  const states = new Map(observer.getStates());
  observer.destroy();
  return states;
}

describe("Presence", () => {
  it("replaces the user field with the authenticated user", () => {
    const presence = new Presence();
    const alice = owner("alice");
    const client = clientAwareness(11, { user: { id: "forged", name: "Mallory" }, cursor: 3 });
    const broadcast = presence.apply(alice, encodeAwarenessUpdate(client, [11]));
    expect(statesSeen(broadcast).get(11)).toEqual({ user: { id: "alice", name: "User alice", role: "planner" }, cursor: 3 });
    client.destroy();
  });

  it("drops entries for client IDs another connection owns (the echo of y-websocket 3.1 clients)", () => {
    const presence = new Presence();
    const alice = owner("alice");
    const bob = owner("bob");
    const aliceClient = clientAwareness(11, { cursor: 1 });
    presence.apply(alice, encodeAwarenessUpdate(aliceClient, [11]));
    // Bob's client echoes Alice's state, and tries a newer clock.
    aliceClient.setLocalState({ cursor: 99 });
    expect(presence.apply(bob, encodeAwarenessUpdate(aliceClient, [11]))).toBeNull();
    expect(presence.stateOf(11)).toMatchObject({ cursor: 1 });
    expect(bob.ownedClientIds.size).toBe(0);
    aliceClient.destroy();
  });

  it("ignores repeats of the owner's own clock and accepts newer ones", () => {
    const presence = new Presence();
    const alice = owner("alice");
    const client = clientAwareness(11, { cursor: 1 });
    expect(presence.apply(alice, encodeAwarenessUpdate(client, [11]))).not.toBeNull();
    expect(presence.apply(alice, encodeAwarenessUpdate(client, [11]))).toBeNull();
    client.setLocalState({ cursor: 2 });
    expect(presence.apply(alice, encodeAwarenessUpdate(client, [11]))).not.toBeNull();
    client.destroy();
  });

  it("removes a closed connection's states; late echoes do not revive them, a reconnect does", () => {
    const presence = new Presence();
    const alice = owner("alice");
    const bob = owner("bob");
    const aliceClient = clientAwareness(11, { cursor: 1 });
    const bobClient = clientAwareness(22, { cursor: 5 });
    const aliceUpdate = encodeAwarenessUpdate(aliceClient, [11]);
    const first = presence.apply(alice, aliceUpdate);
    presence.apply(bob, encodeAwarenessUpdate(bobClient, [22]));
    const removal = presence.removeOwnedBy(alice);
    expect(removal).not.toBeNull();
    expect(statesSeen(first, removal).has(11)).toBe(false);
    // Bob's late echo of Alice's old state is dropped.
    expect(presence.apply(bob, aliceUpdate)).toBeNull();
    expect(presence.stateOf(11)).toBeNull();
    // Alice reconnects with the same client ID and clock: accepted, with a clock past the tombstone.
    const aliceAgain = owner("alice");
    const back = presence.apply(aliceAgain, aliceUpdate);
    expect(statesSeen(first, removal, back).get(11)).toMatchObject({ cursor: 1 });
    aliceClient.destroy();
    bobClient.destroy();
  });

  it("lets the owner remove its own state but nobody else", () => {
    const presence = new Presence();
    const alice = owner("alice");
    const bob = owner("bob");
    const client = clientAwareness(11, { cursor: 1 });
    presence.apply(alice, encodeAwarenessUpdate(client, [11]));
    removeAwarenessStates(client, [11], "test");
    const removalUpdate = encodeAwarenessUpdate(client, [11]);
    expect(presence.apply(bob, removalUpdate)).toBeNull();
    expect(presence.stateOf(11)).not.toBeNull();
    expect(presence.apply(alice, removalUpdate)).not.toBeNull();
    expect(presence.stateOf(11)).toBeNull();
    client.destroy();
  });

  it("rejects malformed updates with a ProtocolError", () => {
    const presence = new Presence();
    expect(() => presence.apply(owner("alice"), new Uint8Array([1, 11, 1, 50, 123]))).toThrow(ProtocolError);
    expect(() => presence.apply(owner("alice"), new Uint8Array([0xff, 0xff]))).toThrow(ProtocolError);
  });
});
