import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { hashToken } from "./tokens.server";
import { createSession, destroySession, getSessionUser, requireUser } from "./session.server";
import { authenticate, createUser, signupSchema, UsernameTakenError } from "./users.server";

function requestWith(cookieHeader: string | null, url = "http://localhost/projects") {
  return new Request(url, { headers: cookieHeader ? { Cookie: cookieHeader } : {} });
}
const cookiePair = (setCookie: string) => setCookie.split(";")[0];

describe("sign-up form schema", () => {
  it("accepts a resident without e-mail and normalises the user name", () => {
    const parsed = signupSchema.parse({ name: " Mari ", username: " Mari.B ", email: "", password: "langt-passord" });
    expect(parsed).toEqual({ name: "Mari", username: "mari.b", email: null, password: "langt-passord" });
  });

  it("explains each problem with a translation key", () => {
    const result = signupSchema.safeParse({ name: "", username: "a b", email: "nope", password: "kort" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining(["errors.nameRequired", "errors.usernameChars", "errors.emailInvalid", "errors.passwordShort"]),
    );
  });
});

describe.each(testDatabaseKinds)("accounts and sessions on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it("signs in with the right password only, and stores an argon2id hash", async () => {
    const user = await createUser(database.db, { name: "Kari", username: "kari", email: null, password: "hemmelig-1" });
    expect(await authenticate(database.db, "KARI", "hemmelig-1")).toMatchObject({ id: user.id, name: "Kari" });
    expect(await authenticate(database.db, "kari", "feil-passord")).toBeNull();
    expect(await authenticate(database.db, "nobody", "hemmelig-1")).toBeNull();
    const [row] = await database.db.query.users.findMany();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a second account with the same user name", async () => {
    await expect(
      createUser(database.db, { name: "Other", username: "kari", email: null, password: "hemmelig-2" }),
    ).rejects.toBeInstanceOf(UsernameTakenError);
  });

  it("keeps a session by an HttpOnly SameSite cookie whose token is stored only as a hash", async () => {
    const user = await createUser(database.db, { name: "Per", username: "per", email: "per@example.org", password: "hemmelig-3" });
    const setCookie = await createSession(database.db, user.id, requestWith(null, "https://boplan.example/login"));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    const token = cookiePair(setCookie).split("=")[1];
    const stored = await database.db.select().from(sessions);
    expect(stored.map((session) => session.id)).toContain(hashToken(token));
    expect(stored.map((session) => session.id)).not.toContain(token);

    const signedIn = requestWith(cookiePair(setCookie));
    expect(await getSessionUser(database.db, signedIn)).toMatchObject({ id: user.id, name: "Per" });

    const { cookie: cleared, sessionId } = await destroySession(database.db, signedIn);
    expect(cleared).toMatch(/Max-Age=0/);
    expect(sessionId).toBe(hashToken(token));
    expect(await getSessionUser(database.db, signedIn)).toBeNull();
  });

  it("is not Secure on plain http, so a workshop laptop on the local network works", async () => {
    const [user] = await database.db.query.users.findMany();
    const setCookie = await createSession(database.db, user.id, requestWith(null, "http://192.0.2.10:3000/login"));
    expect(setCookie).not.toMatch(/Secure/);
  });

  it("is Secure on plain http when COOKIE_SECURE=1 says a proxy in front serves https", async () => {
    const [user] = await database.db.query.users.findMany();
    const setCookie = await createSession(database.db, user.id, requestWith(null, "http://192.0.2.10:3000/login"), { cookieSecure: true });
    expect(setCookie).toMatch(/Secure/);
  });

  it("sends a visitor without a session to sign-in and back", async () => {
    const thrown = await requireUser(database.db, requestWith("bs_session=forged-token-value-123", "http://localhost/projects/x?tab=1")).catch(
      (response: Response) => response,
    );
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(302);
    expect((thrown as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fprojects%2Fx%3Ftab%3D1");
  });
});
