/**
 * The address list's actions (POST /projects/:id/neighbours/addresses with an `intent`), one zod
 * schema each. Decision 013.
 */
import { z } from "zod";
import type { Action } from "../permissions";
import { maxCsvBytes } from "./address-csv";
import { parseIntentForm, recordId } from "./neighbour-input";
import type { Message } from "./neighbour-types";
import { maxRadiusMetres, minRadiusMetres } from "./notice-radius";

export const radiusSchema = z.coerce.number().int().min(minRadiusMetres).max(maxRadiusMetres);

const schemas = {
  takeFromMap: z.object({ intent: z.literal("takeFromMap"), siteId: recordId, radiusMetres: radiusSchema }),
  importCsv: z.object({ intent: z.literal("importCsv"), csv: z.string().min(1, "empty").max(maxCsvBytes, "tooLarge") }),
  removeAddress: z.object({ intent: z.literal("removeAddress"), addressId: recordId }),
  deleteOwnerName: z.object({ intent: z.literal("deleteOwnerName"), addressId: recordId }),
  deleteAllOwnerNames: z.object({ intent: z.literal("deleteAllOwnerNames") }),
  clearAddresses: z.object({ intent: z.literal("clearAddresses"), confirm: z.literal("yes") }),
};
export type AddressInput = { [Intent in keyof typeof schemas]: z.output<(typeof schemas)[Intent]> }[keyof typeof schemas];

export const addressPermissions: Readonly<Record<AddressInput["intent"], Action>> = {
  takeFromMap: "neighbours:write",
  importCsv: "neighbours:write",
  removeAddress: "neighbours:write",
  deleteOwnerName: "neighbours:write",
  deleteAllOwnerNames: "neighbours:write",
  clearAddresses: "neighbours:write",
};

const fieldMessages: Record<string, Message> = {
  siteId: { message: "Velg en tomt.", messageEn: "Choose a site." },
  radiusMetres: { message: `Radiusen må være et helt antall meter fra ${minRadiusMetres} til ${maxRadiusMetres}.`, messageEn: `The radius must be a whole number of metres from ${minRadiusMetres} to ${maxRadiusMetres}.` },
  csv: { message: `Velg en CSV-fil på høyst ${maxCsvBytes / 1024} kB.`, messageEn: `Choose a CSV file of at most ${maxCsvBytes / 1024} kB.` },
  addressId: { message: "Adressen er ikke gyldig.", messageEn: "The address is not valid." },
  confirm: { message: "Kryss av for at du vil tømme hele adresselisten.", messageEn: "Tick the box to empty the whole address list." },
};

export const parseAddressForm = (form: FormData) => parseIntentForm(form, schemas, fieldMessages);
