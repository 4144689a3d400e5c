/**
 * The intents of the "Mitt hjem" action (decision 012), parsed with zod on the server only (the
 * page ships no zod). Ids are short tokens; a help request's message is user text, trimmed.
 * The form may name a `homeId`: the store refuses it unless it is the member's own home.
 */
import { z } from "zod";
import { userText } from "../ui/text-input";
import { helpMessageMaxLength } from "./my-home-store.server";

/** An empty form field is a missing one. */
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "invalidId");
const homeId = optional(id);

export const myHomeIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("choose"), categoryId: id, optionId: id, homeId }),
  z.object({ intent: z.literal("confirm"), categoryId: id, optionId: optional(id), homeId }),
  z.object({
    intent: z.literal("favourite"),
    optionId: id,
    favourite: optional(z.enum(["true", "false"])).transform((value) => (value === undefined ? undefined : value === "true")),
    homeId,
  }),
  z.object({
    intent: z.literal("help"),
    categoryId: optional(id),
    message: optional(userText(z.string().trim().max(helpMessageMaxLength, "tooLong"), { multiline: true })),
    homeId,
  }),
]);

export type MyHomeIntent = z.infer<typeof myHomeIntentSchema>;
