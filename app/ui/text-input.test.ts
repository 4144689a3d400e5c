import { describe, expect, it } from "vitest";
import { z } from "zod";
import { findTextProblem, textCharactersMessage, textProblem, userText } from "./text-input";

describe("user text (hole 7)", () => {
  it("hole 7: refuses NUL, other control characters and lone surrogates", () => {
    expect(textProblem("Tomt\u0000B")).toBe("controlCharacter");
    expect(textProblem("Tomt\u001BB")).toBe("controlCharacter");
    expect(textProblem("Tomt\u007FB")).toBe("controlCharacter");
    expect(textProblem("Tomt\u0085B")).toBe("controlCharacter");
    expect(textProblem("Tomt \uD800")).toBe("loneSurrogate");
    expect(textProblem("\uDC00 Tomt")).toBe("loneSurrogate");
    expect(textProblem("Tomt B 🏠 æøå")).toBeNull();
  });

  it("hole 7: lets tab, newline and carriage return through only in multi-line fields", () => {
    expect(textProblem("Linje 1\r\nLinje 2\tslutt", { multiline: true })).toBeNull();
    expect(textProblem("Linje 1\nLinje 2")).toBe("controlCharacter");
    expect(textProblem("\u0000", { multiline: true })).toBe("controlCharacter");
  });

  it("hole 7: the zod schema refuses with one message, normalises to NFC, then checks the rest", () => {
    const name = userText(z.string().trim().min(1, "errors.nameRequired").max(5, "errors.tooLong"));
    const refused = name.safeParse("Tomt\u0000");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([textCharactersMessage]);
    expect(name.parse(" A\u030Ase ")).toBe("\u00C5se");
    expect(name.safeParse("").error?.issues[0].message).toBe("errors.nameRequired");
    expect(name.safeParse("ABCDEFG").error?.issues[0].message).toBe("errors.tooLong");
  });

  it("hole 7: finds bad text anywhere in parsed data, keys included", () => {
    expect(findTextProblem({ name: "ok", list: [1, { deep: "\u0000" }] })).toBe("controlCharacter");
    expect(findTextProblem({ ["bad\uD800"]: 1 })).toBe("loneSurrogate");
    expect(findTextProblem({ note: "Linje 1\nLinje 2", count: 2, none: null })).toBeNull();
  });
});
