import { describe, expect, it } from "vitest";
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
