/**
 * What a planner may write in a draft memo, checked by zod on the server (and read by the form):
 * the title, the proposed decision, a summary of at most five lines, the risks to discuss, and
 * the sections left out. Shared by server and browser.
 */
import { z } from "zod";
import { memoSections, type MemoSection } from "./memo-snapshot-types";

export const memoSummaryMaxLines = 5;
export const memoTitleMaxLength = 200;
export const memoTextMaxLength = 5000;

/** The summary's lines as a reader sees them: blank lines at the ends do not count. */
export function summaryLines(summary: string): string[] {
  const text = summary.replace(/\r\n?/g, "\n").trim();
  return text === "" ? [] : text.split("\n");
}

/** The form's fields as the action reads them (sections as a list of the ones included). */
export const memoTextsSchema = z.object({
  title: z.string().trim().min(1, "titleRequired").max(memoTitleMaxLength, "titleTooLong"),
  proposedDecision: z.string().trim().max(memoTextMaxLength, "textTooLong"),
  summary: z
    .string()
    .trim()
    .max(memoTextMaxLength, "textTooLong")
    .refine((summary) => summaryLines(summary).length <= memoSummaryMaxLines, "summaryTooLong"),
  risks: z.string().trim().max(memoTextMaxLength, "textTooLong"),
  sections: z.array(z.enum(memoSections)).max(memoSections.length),
});
export type MemoTexts = z.infer<typeof memoTextsSchema>;

/** Every section, included: what a new memo starts with. */
export const allSections: MemoSection[] = [...memoSections];
