/**
 * The formal notice's actions (POST /projects/:id/neighbours/notice with an `intent`), one zod
 * schema each. Decision 013.
 */
import { z } from "zod";
import type { Action } from "../permissions";
import { calendarDate, line, paragraph, parseIntentForm, recordId } from "./neighbour-input";
import type { Message } from "./neighbour-types";
import { noticeChannels } from "./neighbour-vocabulary";

export const maxRecipientsLength = 2000;
export const maxProofLength = 1000;
export const maxObjectionLength = 10_000;
export const maxCommentLength = 5000;
export const maxRecipientCount = 10_000;
export const maxSenderLength = 200;

const noticeFields = {
  sentDate: calendarDate,
  recipients: paragraph(maxRecipientsLength),
  recipientCount: z.coerce.number().int().min(0).max(maxRecipientCount),
  channel: z.enum(noticeChannels),
  proof: paragraph(maxProofLength, 0).default(""),
};

export const recordNoticeSchema = z.object({ intent: z.literal("recordNotice"), ...noticeFields });
export const editNoticeSchema = z.object({ intent: z.literal("editNotice"), noticeId: recordId, ...noticeFields });
export const applicationSentSchema = z.object({
  intent: z.literal("applicationSent"),
  noticeId: recordId,
  applicationSentDate: z.preprocess((value) => (value === "" ? null : value), calendarDate.nullable()),
});
export const addObjectionSchema = z.object({
  intent: z.literal("addObjection"),
  noticeId: recordId,
  receivedDate: calendarDate,
  fromName: line(maxSenderLength, 0).default(""),
  body: paragraph(maxObjectionLength),
});
export const answerObjectionSchema = z.object({
  intent: z.literal("answerObjection"),
  objectionId: recordId,
  applicantComment: paragraph(maxCommentLength, 0).default(""),
  actionTaken: paragraph(maxCommentLength, 0).default(""),
});
export const deleteSenderSchema = z.object({ intent: z.literal("deleteObjectionSender"), objectionId: recordId });

const schemas = {
  recordNotice: recordNoticeSchema,
  editNotice: editNoticeSchema,
  applicationSent: applicationSentSchema,
  addObjection: addObjectionSchema,
  answerObjection: answerObjectionSchema,
  deleteObjectionSender: deleteSenderSchema,
};
export type NoticeInput = { [Intent in keyof typeof schemas]: z.output<(typeof schemas)[Intent]> }[keyof typeof schemas];
export type NoticeFields = Omit<z.output<typeof recordNoticeSchema>, "intent">;

export const noticePermissions: Readonly<Record<NoticeInput["intent"], Action>> = {
  recordNotice: "neighbours:write",
  editNotice: "neighbours:write",
  applicationSent: "neighbours:write",
  addObjection: "neighbours:write",
  answerObjection: "neighbours:write",
  deleteObjectionSender: "neighbours:write",
};

const fieldMessages: Record<string, Message> = {
  sentDate: { message: "Skriv datoen varselet ble sendt (ÅÅÅÅ-MM-DD).", messageEn: "Write the date the notice was sent (YYYY-MM-DD)." },
  recipients: { message: `Skriv hvem varselet ble sendt til, 1–${maxRecipientsLength} tegn.`, messageEn: `Write whom the notice was sent to, 1–${maxRecipientsLength} characters.` },
  recipientCount: { message: `Skriv antall mottakere som et helt tall fra 0 til ${maxRecipientCount}.`, messageEn: `Write the number of recipients as a whole number from 0 to ${maxRecipientCount}.` },
  channel: { message: "Velg hvordan varselet ble sendt.", messageEn: "Choose how the notice was sent." },
  proof: { message: `Beskrivelsen av kvitteringen kan være høyst ${maxProofLength} tegn.`, messageEn: `The description of the proof can be at most ${maxProofLength} characters.` },
  noticeId: { message: "Nabovarselet er ikke gyldig.", messageEn: "The notice is not valid." },
  objectionId: { message: "Merknaden er ikke gyldig.", messageEn: "The objection is not valid." },
  applicationSentDate: { message: "Skriv datoen søknaden ble sendt (ÅÅÅÅ-MM-DD), eller la feltet stå tomt.", messageEn: "Write the date the application was sent (YYYY-MM-DD), or leave it empty." },
  receivedDate: { message: "Skriv datoen merknaden kom inn (ÅÅÅÅ-MM-DD).", messageEn: "Write the date the objection was received (YYYY-MM-DD)." },
  fromName: { message: `Navnet kan være høyst ${maxSenderLength} tegn på én linje.`, messageEn: `The name can be at most ${maxSenderLength} characters on one line.` },
  body: { message: `Skriv hva merknaden sier, 1–${maxObjectionLength} tegn.`, messageEn: `Write what the objection says, 1–${maxObjectionLength} characters.` },
  applicantComment: { message: `Kommentaren kan være høyst ${maxCommentLength} tegn.`, messageEn: `The comment can be at most ${maxCommentLength} characters.` },
  actionTaken: { message: `Teksten kan være høyst ${maxCommentLength} tegn.`, messageEn: `The text can be at most ${maxCommentLength} characters.` },
};

export const parseNoticeForm = (form: FormData) => parseIntentForm(form, schemas, fieldMessages);
