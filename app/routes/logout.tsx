import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { destroySession } from "../auth/session.server";
import { endSessionConnections } from "../auth/session-connections.server";

/** Signing out ends the session and, at once, every socket and event stream it opened. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { sessionId, cookie } = await destroySession(context.db, request, context.config);
  if (sessionId) endSessionConnections(context, sessionId);
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}

export function loader() {
  return redirect("/");
}
