import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/connection";
import { users } from "../../db/schema";
import { userText } from "../ui/text-input";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password.server";
import type { SessionUser } from "./session.server";

/** One schema for the sign-up form and its action. Messages are translation keys. */
export const signupSchema = z.object({
  name: userText(z.string().trim().min(1, "errors.nameRequired").max(80, "errors.tooLong")),
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, "errors.usernameShort")
    .max(40, "errors.tooLong")
    .regex(/^[a-z0-9._-]+$/, "errors.usernameChars"),
  email: z
    .string()
    .trim()
    .max(200, "errors.tooLong")
    .transform((value) => (value === "" ? null : value))
    .pipe(z.string().email("errors.emailInvalid").nullable()),
  password: z.string().min(8, "errors.passwordShort").max(200, "errors.tooLong"),
});
export type SignupInput = z.infer<typeof signupSchema>;

export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`username "${username}" is taken`);
    this.name = "UsernameTakenError";
  }
}

export async function createUser(db: Database, input: SignupInput): Promise<SessionUser> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (existing) throw new UsernameTakenError(input.username);
  const user = {
    id: crypto.randomUUID(),
    username: input.username,
    name: input.name,
    email: input.email,
    passwordHash: await hashPassword(input.password),
  };
  try {
    await db.insert(users).values(user);
  } catch (error) {
    // Two sign-ups with one name at once: the unique index decides.
    const [raced] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (raced) throw new UsernameTakenError(input.username);
    throw error;
  }
  return { id: user.id, username: user.username, name: user.name, email: user.email };
}

/** The user whose password matches, or null. Takes the same time whether the user exists or not. */
export async function authenticate(db: Database, username: string, password: string): Promise<SessionUser | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username.trim().toLowerCase()));
  if (!row) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(row.passwordHash, password))) return null;
  return { id: row.id, username: row.username, name: row.name, email: row.email };
}
