import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { destroySession } from "../auth/session.server";

export async function action({ request, context }: ActionFunctionArgs) {
  const cookie = await destroySession(context.db, request);
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}

export function loader() {
  return redirect("/");
}
