/**
 * A server time stamp for people to read, in Norwegian time whatever the browser's zone, so the
 * server's rendering and the browser's agree (no hydration mismatch) and a workshop sees one clock.
 *
 * @example
 * formatDateTime("2026-12-01T19:05:00Z", "nb"); // "1. des. 2026, 20:05"
 */
export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === "en" ? "en-GB" : "nb-NO", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" });
}
