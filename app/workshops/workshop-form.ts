/**
 * A workshop form's fields as the stores take them (decision 014): numbers as numbers, check
 * boxes as booleans, options as JSON or one per line, an answer as JSON. Anything that cannot be
 * read is passed on as it is, for the store's schema to refuse by name.
 */

/** A form's string values by name (the first of each). */
export function formValues(form: FormData): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of form.entries()) if (typeof value === "string" && !values.has(name)) values.set(name, value);
  return values;
}

/** A whole or decimal number, or the text as it is (for the schema to refuse). */
export function numberField(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

export function booleanField(value: string | undefined): boolean {
  return value === "on" || value === "true" || value === "1";
}

/** JSON, or the text as it is when it is not JSON. */
export function jsonField(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * A poll's options: a JSON array (with ids and what they point at), or one label per line.
 *
 * @example
 * optionsField("Tomt A\nTomt B"); // [{ label: "Tomt A" }, { label: "Tomt B" }]
 */
export function optionsField(value: string | undefined): unknown {
  if (value === undefined || value.trim() === "") return [];
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) return jsonField(trimmed);
  return trimmed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((label) => ({ label }));
}

/** An empty field is null (no agenda item, no subject). */
export function optionalId(value: string | undefined): string | null {
  return value === undefined || value.trim() === "" ? null : value.trim();
}
