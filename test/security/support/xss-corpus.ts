/**
 * The XSS corpus: strings that run script wherever text is parsed as HTML or
 * used as a URL. Every payload calls `__xss.push(code)` with the code of the
 * field it was put in, so a hit names the field (page-traps.ts installs the
 * array). Sized for the app's limits: `short` fits an 80-character field.
 */

/** Markup breaking out of text, an attribute (double or single quoted) and a tag, in 80 characters or fewer. */
export function shortPayload(code: string): string {
  const payload = `"'><img src=x onerror=__xss.push('${code}')><svg onload=__xss.push('${code}')>`;
  if (payload.length > 80) throw new Error(`the short payload for ${code} is ${payload.length} characters, over 80`);
  return payload;
}

/** Every form of the corpus, for fields that take longer text. */
export function longPayload(code: string): string {
  return [
    shortPayload(code),
    `<script>__xss.push('${code}')</script>`,
    `"><script>__xss.push('${code}')</script>`,
    `<details open ontoggle=__xss.push('${code}')>`,
    `<iframe srcdoc="<script>parent.__xss.push('${code}')</script>">`,
    `<a href="javascript:__xss.push('${code}')">lenke</a>`,
    `' onmouseover='__xss.push("${code}")' x='`,
    `Berg & Dal «sitat» </textarea></title>`,
  ].join(" ");
}

/** A `javascript:` URL, for anything that might be rendered as a link. */
export function javascriptUrl(code: string): string {
  return `javascript:__xss.push('${code}')`;
}
