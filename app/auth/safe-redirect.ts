/**
 * Where a form may send the browser afterwards (`redirectTo` of sign-in, sign-up and the
 * language switch): only a path on this site. Browsers are lenient with what they treat as a
 * path: they drop tabs and newlines inside URLs, read a backslash as a slash, and read `//host`
 * as another host, so `/%09/evil.example` or `/\evil.example` would leave the site. Such
 * targets, before or after percent-decoding, fall back instead.
 */

/**
 * Any origin works as the base: a target that is a path keeps it, one that names a host does
 * not. A fixed one means callers need not pass the request.
 */
const ownOrigin = "http://boplan.invalid";

/** C0 and C1 control characters (tab, newline and NUL among them), DEL, and the backslash. */
const refusedCharacters = /[\u0000-\u001F\u007F-\u009F\\]/;

/** The target and each percent-decoding of it, until it stops changing; null when malformed. */
function decodings(target: string): string[] | null {
  const forms = [target];
  let current = target;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

/**
 * The target when it is a path on this site, otherwise `fallback`.
 *
 * @example
 * safeRedirect("/projects/42?tab=map"); // "/projects/42?tab=map"
 * safeRedirect("/%09/evil.example"); // "/projects"
 * safeRedirect("https://evil.example", "/"); // "/"
 */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = "/projects"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  const forms = decodings(target);
  if (!forms) return fallback;
  for (const form of forms) {
    if (refusedCharacters.test(form) || form.startsWith("//")) return fallback;
  }
  let url: URL;
  try {
    url = new URL(target, ownOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== ownOrigin) return fallback;
  const path = url.pathname + url.search + url.hash;
  // Dot segments can fold a path into `//…` (`/.//evil.example`): refuse what comes out so too.
  return path.startsWith("//") ? fallback : path;
}
