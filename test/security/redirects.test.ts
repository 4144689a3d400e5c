/**
 * Hole 4: `redirectTo=/%09/evil.example` passed the old check and the browser went to another
 * host (browsers drop the tab and read `//evil.example`). Every way a target can leave the site
 * falls back; paths on the site are kept.
 */
import { describe, expect, it } from "vitest";
import { safeRedirect } from "../../app/auth/safe-redirect";

const fallback = "/projects";

describe("hole 4: redirect targets stay on the site", () => {
  it.each([
    ["/projects", "/projects"],
    ["/projects/42/map?site=a#panel", "/projects/42/map?site=a#panel"],
    ["/login?redirectTo=%2Fprojects", "/login?redirectTo=%2Fprojects"],
    ["/projects/%C3%A6", "/projects/%C3%A6"],
    ["/projects/../signup", "/signup"],
  ])("hole 4: the path %s on this site is kept (%s)", (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });

  it.each([
    ["a tab, encoded", "/%09/evil.example"],
    ["a tab, raw", "/\t/evil.example"],
    ["a newline, encoded", "/%0A/evil.example"],
    ["a newline, raw", "/\n/evil.example"],
    ["a carriage return", "/%0D/evil.example"],
    ["a NUL", "/%00/evil.example"],
    ["another control character", "/\u001B/evil.example"],
    ["a C1 control character", "/\u0085/evil.example"],
    ["a backslash", "/\\evil.example"],
    ["a backslash later in the path", "/projects\\..\\..\\evil.example"],
    ["an encoded backslash", "/%5Cevil.example"],
    ["a leading //", "//evil.example"],
    ["a leading // after decoding", "/%2F/evil.example"],
    ["a leading // after decoding twice", "/%252F/evil.example"],
    ["a leading // after dot segments", "/.//evil.example"],
    ["an absolute URL", "https://evil.example/projects"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "projects"],
    ["malformed percent-encoding", "/%E0%A4%A"],
    ["an empty string", ""],
  ])("hole 4: a target with %s falls back (%s)", (_case, target) => {
    expect(safeRedirect(target)).toBe(fallback);
    expect(safeRedirect(target, "/")).toBe("/");
  });

  it("hole 4: a missing or non-text target falls back", () => {
    expect(safeRedirect(null)).toBe(fallback);
    expect(safeRedirect(undefined)).toBe(fallback);
    expect(safeRedirect(new File(["x"], "x.txt"))).toBe(fallback);
  });

  it("hole 4: whatever passes resolves to this site's origin in a browser's URL parser", () => {
    const targets = ["/%09/evil.example", "/\\evil.example", "/%2F/evil.example", "/.//evil.example", "/projects/1", "//evil.example"];
    for (const target of targets) {
      const resolved = new URL(safeRedirect(target), "https://boplan.example");
      expect(resolved.origin).toBe("https://boplan.example");
    }
  });
});
