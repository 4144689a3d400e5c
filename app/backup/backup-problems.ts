/**
 * Why an archive is refused, in the app's one problem shape (app/http/problem.ts): what is wrong
 * and where (the entry, the row, the column), in both languages. Nothing is written when any of
 * these is raised. Shared by server and browser.
 */
import type { Problem } from "../http/problem";
import { ProblemError } from "../http/problem";

export type BackupProblem = Problem<"invalid" | "tooLarge" | "conflict" | "empty">;

/** A refusal raised while an archive is read or written; `problem` says what to tell the user. */
export class BackupArchiveError extends ProblemError<BackupProblem["code"]> {
  constructor(problem: BackupProblem, options?: { cause?: unknown }) {
    super(problem, options);
    this.name = "BackupArchiveError";
  }
}

/**
 * An archive that cannot be used: `message` and `messageEn` say what is wrong; `details` where.
 *
 * @example
 * throw invalidArchive("Arkivet er ikke en zip-fil.", "The archive is not a zip file.");
 */
export function invalidArchive(message: string, messageEn: string, details?: Record<string, unknown>): BackupArchiveError {
  return new BackupArchiveError({ code: "invalid", message, messageEn, ...(details ? { details } : {}) });
}

export const noArchiveProblem: BackupProblem = {
  code: "empty",
  message: "Velg en sikkerhetskopi (en zip-fil lastet ned fra Boplan) å importere.",
  messageEn: "Choose a backup (a zip file downloaded from Boplan) to import.",
};

export function tooLargeArchive(maxBytes: number): BackupArchiveError {
  const megabytes = Math.round(maxBytes / (1024 * 1024));
  return new BackupArchiveError({
    code: "tooLarge",
    message: `Sikkerhetskopien er for stor: høyst ${megabytes} MB.`,
    messageEn: `The backup is too large: at most ${megabytes} MB.`,
    details: { maxBytes },
  });
}

export function projectExistsProblem(projectId: string): BackupProblem {
  return {
    code: "conflict",
    message:
      "Denne installasjonen har allerede prosjektet i sikkerhetskopien, så ingenting er importert. Åpne det fra prosjektlisten hvis du er medlem, eller importer kopien i en annen installasjon.",
    messageEn:
      "This installation already holds the project in the backup, so nothing was imported. Open it from the projects list if you are a member, or import the copy into another installation.",
    details: { projectId },
  };
}

/** A row that clashes with a record this installation already has (the database's unique rule). */
export function clashProblem(constraint: string | undefined): BackupProblem {
  return {
    code: "conflict",
    message: "Sikkerhetskopien har en post som kolliderer med en som allerede finnes her (for eksempel adressen til den offentlige siden). Ingenting er importert.",
    messageEn: "The backup holds a record that clashes with one this installation already has (the public page's address, for example). Nothing was imported.",
    details: { constraint: constraint ?? null },
  };
}
