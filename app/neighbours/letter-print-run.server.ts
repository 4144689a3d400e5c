/**
 * Which letters a print run holds (decision 013): one per address of the address list, or one
 * unaddressed letter "Til beboerne i nabolaget" (also when the list is empty).
 */
import type { Database } from "../../db/connection";
import { listAddresses } from "./address-store.server";
import type { ComposedLetter } from "./letter-compose";
import { composeLetter } from "./letter-compose";
import type { LetterRecipients } from "./letter-input";
import { letterTemplates } from "./letter-templates";
import type { LetterJson } from "./letter-store.server";
import { letterProject } from "./letter-store.server";

/**
 * @example
 * const letters = await printRun(db, projectId, letter, "list"); // one per address
 */
export async function printRun(db: Database, projectId: string, letter: LetterJson, to: LetterRecipients): Promise<ComposedLetter[]> {
  const [project, addresses] = await Promise.all([letterProject(db, projectId), to === "list" ? listAddresses(db, projectId) : Promise.resolve([])]);
  const template = letterTemplates[letter.templateKey];
  if (addresses.length === 0) return [composeLetter(template, letter.fields, project, null)];
  return addresses.map((address) => composeLetter(template, letter.fields, project, address));
}

/** `?to=` of the print page and the PDF: the address list unless "neighbourhood". */
export function recipientsOf(url: URL): LetterRecipients {
  return url.searchParams.get("to") === "neighbourhood" ? "neighbourhood" : "list";
}
