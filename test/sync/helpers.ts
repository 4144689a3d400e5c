/** Shared set-up for the sync server tests: DB rows, a server on port 0, real clients. */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as decoding from "lib0/decoding";
import { pino } from "pino";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { eq } from "drizzle-orm";
import type { Role } from "../../app/permissions";
import type { Database } from "../../db/connection";
import { documentUpdates, memberships, projects, sessions, users } from "../../db/schema";
import { authorizeSyncRequest, hashSessionToken, sessionCookieName } from "../../server/sync/authorize";
import { createSyncServer, type SyncServer, type SyncServerOptions } from "../../server/sync/sync-server";

export const silentLogger = pino({ level: process.env.LOG_LEVEL ?? "silent" });

export interface TestUser {
  id: string;
  name: string;
  /** The `bs_session` cookie value. */
  token: string;
}

const randomId = (prefix: string): string => `${prefix}_${randomBytes(6).toString("hex")}`;

export async function createUser(db: Database, name: string, options: { expired?: boolean } = {}): Promise<TestUser> {
  const id = randomId("user");
  await db.insert(users).values({ id, username: id, name, passwordHash: "x" });
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + (options.expired ? -60_000 : 3_600_000));
  await db.insert(sessions).values({ id: hashSessionToken(token), userId: id, expiresAt });
  return { id, name, token };
}

/** Another signed-in session of the same user (a second browser); shares the user's id and name. */
export async function createSession(db: Database, user: TestUser): Promise<TestUser> {
  const token = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({ id: hashSessionToken(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
  return { ...user, token };
}

export async function createProject(db: Database, owner: TestUser): Promise<string> {
  const id = randomId("project");
  await db.insert(projects).values({ id, name: "Test", municipality: "Oslo", housingForm: "shared", homeCount: 4, createdBy: owner.id });
  await db.insert(memberships).values({ projectId: id, userId: owner.id, role: "owner" });
  return id;
}

export async function addMember(db: Database, projectId: string, user: TestUser, role: Role): Promise<void> {
  await db.insert(memberships).values({ projectId, userId: user.id, role });
}

export interface RunningServer {
  url: string;
  port: number;
  sync: SyncServer;
  close(): Promise<void>;
}

/** An http server on port 0 routing `/sync/` upgrades to a sync server with real authorization. */
export async function startServer(db: Database, options: Partial<SyncServerOptions> = {}): Promise<RunningServer> {
  const sync = createSyncServer({
    db,
    logger: silentLogger,
    authorize: (request, documentName) => authorizeSyncRequest(db, request, documentName),
    idleUnloadMs: 200,
    ...options,
  });
  const http: Server = createServer((_request, response) => response.writeHead(404).end());
  http.on("upgrade", (request, socket, head) => {
    if (request.url?.startsWith("/sync/")) sync.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/sync`,
    port,
    sync,
    close: async () => {
      await sync.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** A WebSocket class that sends the user's session cookie, for WebsocketProvider. */
export function webSocketFor(user: TestUser | null, headers: Record<string, string> = {}): typeof WebSocket {
  const cookieHeaders = user ? { cookie: `${sessionCookieName}=${user.token}`, ...headers } : headers;
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookieHeaders });
    }
  } as typeof WebSocket;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Auth messages (permission denied reasons) received from the server. */
  authReasons: string[];
  destroy(): void;
}

export function connectClient(serverUrl: string, documentName: string, user: TestUser | null, options: { connect?: boolean } = {}): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, documentName, doc, {
    WebSocketPolyfill: webSocketFor(user) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 300,
  });
  const authReasons: string[] = [];
  provider.messageHandlers[2] = (_encoder, decoder) => {
    decoding.readVarUint(decoder); // 0 = permission denied
    authReasons.push(decoding.readVarString(decoder));
  };
  return {
    doc,
    provider,
    authReasons,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000, message = "condition"): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const waitForSync = (client: TestClient): Promise<void> =>
  waitFor(() => client.provider.synced, 5000, "provider sync");

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a raw WebSocket and reports the HTTP status of a refused upgrade, or "open". */
export function tryUpgrade(url: string, headers: Record<string, string>): Promise<number | "open"> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on("open", () => {
      resolve("open");
      socket.close();
    });
    socket.on("error", (error) => reject(error));
  });
}

/** The code and reason of the provider's next connection close. */
export function nextClose(client: TestClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    client.provider.once("connection-close", (event) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? "" })),
  );
}

/** The document as a fresh load from `document_updates` would see it. */
export async function storedDocument(db: Database, documentName: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const rows = await db.select().from(documentUpdates).where(eq(documentUpdates.document, documentName)).orderBy(documentUpdates.id);
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return doc;
}

/** A bare WebSocket with the user's cookie, open; for frames a provider would not send. */
export async function openRawSocket(serverUrl: string, documentName: string, user: TestUser): Promise<WebSocket> {
  const socket = new WebSocket(`${serverUrl}/${documentName}`, { headers: { cookie: `${sessionCookieName}=${user.token}` } });
  socket.on("error", () => {});
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("unexpected-response", () => reject(new Error("upgrade refused")));
  });
  return socket;
}

/** The close code and reason of a raw socket. */
export function closeOfSocket(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
}
