import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to Argon2id; parameters follow OWASP's minimum (19 MiB, t=2).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/**
 * The password hash of an account that cannot sign in: a guest made by a workshop code, or a
 * person a backup named who has no account here yet (decision 014). It is not a PHC string, so
 * no password can ever verify against it; keeping the account means setting a password.
 *
 * @example
 * await db.insert(users).values({ id, username, name, passwordHash: unusablePasswordHash });
 */
export const unusablePasswordHash = "!no-password";

/** Whether a stored hash can verify any password at all (false for `unusablePasswordHash`). */
export function isUsablePasswordHash(passwordHash: string): boolean {
  return passwordHash.startsWith("$");
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!isUsablePasswordHash(passwordHash)) {
    // Fails closed, and takes as long as a real check, so timing does not tell such accounts apart.
    await verify(await dummyPasswordHash(), password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random string: verified against when the user does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
