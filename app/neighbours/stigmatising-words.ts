/**
 * The list of words and phrases that stigmatise residents (decision 013): a data file,
 * `stigmatising-words.json`, taken from the brief ("Language and dignity") and the sources it
 * cites, checked here by its zod schema when the module loads, so a broken entry fails at start-up
 * and in CI rather than silently matching nothing.
 */
import { z } from "zod";
import { supportedLanguages } from "../i18n/config";
import wordsFile from "./stigmatising-words.json";

const text = (max: number) => z.string().trim().min(1).max(max);

export const stigmatisingWordSchema = z
  .object({
    language: z.enum(supportedLanguages),
    /** The base form, lower case; words separated by one space. */
    phrase: z
      .string()
      .min(2)
      .max(60)
      .regex(/^[\p{Ll}\p{N}-]+( [\p{Ll}\p{N}-]+)*$/u, "lower-case words separated by single spaces"),
    /** Endings the phrase's last word may take ("" for the form as written), e.g. ["", "e", "en", "ne"]. */
    endings: z.array(z.string().regex(/^\p{Ll}{0,6}$/u, "a lower-case ending of at most six letters")).min(1),
    /** Key of `sources`. */
    source: z.string().min(1),
    why: text(300),
    suggestion: text(300),
  })
  .strict();

export const stigmatisingWordsFileSchema = z
  .object({
    version: z.number().int().min(1),
    sources: z.record(z.string(), text(300)),
    entries: z.array(stigmatisingWordSchema).min(1),
  })
  .strict()
  .superRefine((file, context) => {
    file.entries.forEach((entry, index) => {
      if (!(entry.source in file.sources)) {
        context.addIssue({ code: "custom", path: ["entries", index, "source"], message: `unknown source "${entry.source}"` });
      }
    });
  });

export type StigmatisingWord = z.infer<typeof stigmatisingWordSchema>;

export const stigmatisingWords: readonly StigmatisingWord[] = stigmatisingWordsFileSchema.parse(wordsFile).entries;
