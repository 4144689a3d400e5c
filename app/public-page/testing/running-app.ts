/**
 * Test support for the public page and inquiries against the running production server (the
 * browser, security and permission tests): sign in over HTTP, post a page's forms as a browser
 * would, read a route's loader data as Remix single fetch does, choose a site in the plan
 * document through the sync server as a planner's map does, and get the demo's public page ready
 * and published through the editor. Test support only.
 */
import { decode } from "turbo-stream";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { demoPublicContent } from "../../../db/seed-demo-public";
import { sitesMap } from "../../documents/plan-document";
import { updateSite } from "../../sites/site-document";
import type { PublicContent } from "../public-content";
import type { PublicPageEditorSnapshot } from "../public-page-types";

export const demoPassword = "demo-passord";

export interface AppAddress {
  url: string;
}

export async function signInCookie(app: AppAddress, username: string, password = demoPassword): Promise<string> {
  const response = await fetch(`${app.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password, redirectTo: "/projects" }),
  });
  if (response.status !== 302) throw new Error(`sign-in as ${username} answered ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0];
}

/** A form posted as a browser posts it (same origin), with the session cookie when given. */
export function postForm(app: AppAddress, path: string, fields: Record<string, string>, cookie?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}), ...headers },
    body: new URLSearchParams(fields),
  });
}

/** A route's loader data as the browser reads it (`<path>.data`). */
export async function loaderData<T>(app: AppAddress, path: string, routeId: string, cookie?: string): Promise<T> {
  const response = await fetch(`${app.url}${path}.data`, { headers: cookie ? { Cookie: cookie } : {} });
  if (response.status !== 200) throw new Error(`${path}.data answered ${response.status}`);
  const decoded = await decode(response.body!);
  await decoded.done;
  return (decoded.value as Record<string, { data?: unknown }>)[routeId].data as T;
}

export async function editorSnapshot(app: AppAddress, projectId: string, cookie: string): Promise<PublicPageEditorSnapshot> {
  const data = await loaderData<{ snapshot: PublicPageEditorSnapshot }>(app, `/projects/${projectId}/public-page`, "routes/projects.$projectId.public-page", cookie);
  return data.snapshot;
}

/** The editor's texts form, filled with `content`. */
export function contentFields(content: PublicContent): Record<string, string> {
  const fields: Record<string, string> = {
    intent: "texts",
    "title.nb": content.title.nb,
    "title.en": content.title.en,
    "whatAndWhy.nb": content.whatAndWhy.nb,
    "whatAndWhy.en": content.whatAndWhy.en,
    "contact.name": content.contact.name,
    "contact.role.nb": content.contact.role.nb,
    "contact.role.en": content.contact.role.en,
    "contact.email": content.contact.email,
    "contact.phone": content.contact.phone,
  };
  content.faq.forEach((entry, index) => {
    for (const part of ["question", "answer"] as const) {
      for (const language of ["nb", "en"] as const) fields[`faq.${index}.${part}.${language}`] = entry[part][language];
    }
  });
  return fields;
}

/**
 * Opens the project's plan document as `cookie`'s member through the sync server, applies
 * `write` once it has loaded, and closes it; the caller waits for what the write shows.
 */
export async function writePlan(app: AppAddress, projectId: string, cookie: string, write: (doc: Y.Doc) => void): Promise<void> {
  const origin = app.url;
  class SignedInWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { Cookie: cookie, Origin: origin } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${app.url.replace(/^http/, "ws")}/sync`, `project/${projectId}/plan`, doc, {
    WebSocketPolyfill: SignedInWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the plan document did not load within 20 s")), 20_000);
      provider.once("sync", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    write(doc);
    // The update is sent at once; the server stores it before it relays it (decision 004).
    await new Promise<void>((resolve) => {
      const check = () => (provider.ws && provider.ws.bufferedAmount === 0 ? resolve() : setTimeout(check, 20));
      check();
    });
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

/** Marks the demo site of that name as chosen, and waits until the public page's editor sees it. */
export async function chooseSite(app: AppAddress, projectId: string, cookie: string, siteName: string): Promise<void> {
  await writePlan(app, projectId, cookie, (doc) => {
    for (const [id, entry] of sitesMap(doc)) {
      if (entry instanceof Y.Map && entry.get("name") === siteName) updateSite(doc, id, { status: "chosen" });
    }
  });
  for (let attempt = 0; attempt < 200; attempt++) {
    if ((await editorSnapshot(app, projectId, cookie)).chosenSiteNames.includes(siteName)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${siteName} did not become the chosen site`);
}

/** The demo's page texts saved and the page published (the demo's log has a political decision). */
export async function publishDemoPage(app: AppAddress, projectId: string, cookie: string): Promise<string> {
  const path = `/projects/${projectId}/public-page`;
  const saved = await postForm(app, path, contentFields(demoPublicContent), cookie);
  if (saved.status >= 400) throw new Error(`saving the texts answered ${saved.status}: ${await saved.text()}`);
  const published = await postForm(app, path, { intent: "publish" }, cookie);
  if (published.status >= 400) throw new Error(`publishing answered ${published.status}: ${await published.text()}`);
  return (await editorSnapshot(app, projectId, cookie)).slug;
}
