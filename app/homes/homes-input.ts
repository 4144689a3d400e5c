/**
 * The forms of the homes page, one zod schema each, used by the form's fields (their limits) and
 * by the action. Messages are codes of `homes.errors` (app/homes/messages.ts).
 */
import { z } from "zod";
import { userText } from "../ui/text-input";

/** A home's or a house type's name: 1–60 characters after trimming. */
export const nameMaxLength = 60;

export const homeNameSchema = userText(z.string().trim().min(1, "nameRequired").max(nameMaxLength, "nameTooLong"), {
  missingMessage: "nameRequired",
});

const id = userText(z.string().min(1, "invalidInput").max(100, "invalidInput"), { missingMessage: "invalidInput" });
/** A select's value: an id, or "" for none. */
const optionalId = userText(z.string().max(100, "invalidInput")).transform((value) => (value === "" ? null : value));

export const homesIntentSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("saveHome"),
    homeId: id,
    name: homeNameSchema,
    houseTypeId: optionalId,
    residentId: optionalId,
  }),
  z.object({ intent: z.literal("addHouseType"), name: homeNameSchema }),
  z.object({ intent: z.literal("renameHouseType"), houseTypeId: id, name: homeNameSchema }),
  z.object({ intent: z.literal("deleteHouseType"), houseTypeId: id }),
]);

export type HomesIntent = z.infer<typeof homesIntentSchema>;
export const homesIntents = ["saveHome", "addHouseType", "renameHouseType", "deleteHouseType"] as const satisfies ReadonlyArray<HomesIntent["intent"]>;
