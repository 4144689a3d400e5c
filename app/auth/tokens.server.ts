import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe secret (256 bits). Only its hash is stored. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Lowercase hex SHA-256: how sessions and invites store their tokens. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
