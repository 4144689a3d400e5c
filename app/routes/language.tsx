import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "../auth/safe-redirect";
import { fallbackLanguage, isLanguage } from "../i18n/config";
import { languageCookie } from "../i18n/i18n.server";

/** Stores the chosen language in a cookie and goes back to where the user was. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const requested = form.get("lng");
  const lng = isLanguage(requested) ? requested : fallbackLanguage;
  return redirect(safeRedirect(form.get("redirectTo"), "/"), {
    headers: { "Set-Cookie": await languageCookie.serialize(lng) },
  });
}

export function loader() {
  return redirect("/");
}
