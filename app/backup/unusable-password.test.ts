/**
 * Accounts without a usable password (people a backup names, workshop guests) cannot sign in
 * with any password, and the check fails closed instead of throwing (decision 014).
 */
import { describe, expect, it } from "vitest";
import { hashPassword, isUsablePasswordHash, unusablePasswordHash, verifyPassword } from "../auth/password.server";

describe("an account without a usable password", () => {
  it("verifies no password, not even the empty one or the marker itself", async () => {
    for (const attempt of ["", "demo-passord", unusablePasswordHash]) {
      expect(await verifyPassword(unusablePasswordHash, attempt)).toBe(false);
    }
    expect(isUsablePasswordHash(unusablePasswordHash)).toBe(false);
  });

  it("leaves real hashes usable", async () => {
    const real = await hashPassword("et-passord");
    expect(isUsablePasswordHash(real)).toBe(true);
    expect(await verifyPassword(real, "et-passord")).toBe(true);
  });
});
