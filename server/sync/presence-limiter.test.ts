import { describe, expect, it } from "vitest";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { Presence, type PresenceOwner } from "./presence";
import { PresenceLimiter } from "./presence-limiter";

describe("presence limiter", () => {
  it("admits a burst, then the steady rate, and drops the rest", () => {
    const limiter = new PresenceLimiter({ perSecond: 20, burst: 40, floodFactor: 5 }, 0);
    let admitted = 0;
    for (let index = 0; index < 50; index++) if (limiter.admit(0)) admitted++;
    expect(admitted).toBe(40);
    expect(limiter.takeDropped()).toBe(10);
    expect(limiter.takeDropped()).toBe(0);
    // Half a second later: ten more tokens.
    admitted = 0;
    for (let index = 0; index < 20; index++) if (limiter.admit(500)) admitted++;
    expect(admitted).toBe(10);
    expect(limiter.flooding).toBe(false);
  });

  it("calls it a flood past five times the rate within one second, not when the same count is spread out", () => {
    const spread = new PresenceLimiter({ perSecond: 20, floodFactor: 5 }, 0);
    for (let second = 0; second < 10; second++) {
      for (let index = 0; index < 100; index++) spread.admit(second * 1000 + index);
    }
    expect(spread.flooding).toBe(false);

    const burst = new PresenceLimiter({ perSecond: 20, floodFactor: 5 }, 0);
    for (let index = 0; index < 101; index++) burst.admit(index);
    expect(burst.flooding).toBe(true);
  });
});

describe("presence budget in Presence.apply", () => {
  const owner = (id: string): PresenceOwner => ({ presenceUser: { id, name: id, role: "planner" }, ownedClientIds: new Set<number>() });
  const stateOf = (clientId: number, state: Record<string, unknown>): Uint8Array => {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    const awareness = new Awareness(doc);
    awareness.setLocalState(state);
    const update = encodeAwarenessUpdate(awareness, [clientId]);
    awareness.destroy();
    return update;
  };

  it("charges a connection for its own states only, never for echoes of others' or of departed IDs (a planner was once closed for echoing a flooder who had left)", () => {
    const presence = new Presence();
    const flooder = owner("flooder");
    const planner = owner("planner");
    const plannerBudget = new PresenceLimiter({ perSecond: 20, burst: 40 });
    let charged = 0;
    const counting = {
      maxStateBytes: plannerBudget.maxStateBytes,
      dropOversized: () => {},
      admit: () => {
        charged += 1;
        return plannerBudget.admit();
      },
    };
    presence.apply(planner, stateOf(2, { cursor: 0 }), counting);
    expect(charged).toBe(1);
    presence.apply(flooder, stateOf(1, { cursor: 1 }));
    for (let index = 0; index < 100; index++) presence.apply(planner, stateOf(1, { cursor: 1 }), counting); // echoes
    presence.removeOwnedBy(flooder);
    for (let index = 0; index < 100; index++) presence.apply(planner, stateOf(1, { cursor: 1 }), counting); // late echoes
    expect(charged).toBe(1);
    expect(plannerBudget.flooding).toBe(false);
  });
});
