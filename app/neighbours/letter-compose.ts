/**
 * A letter's words (decision 013): a template's text with its blanks, the project's facts and
 * the recipient filled in, as plain strings; the print page, the PDF and the word check all
 * use this, so what is checked is what is printed. Pure; shared by server and browser.
 */
import type { Language } from "../i18n/config";
import { formatDate } from "../ui/format-time";
import type { LetterFields, LetterProject, LetterTemplate } from "./letter-templates";
import { housingPhrases } from "./letter-templates";
import type { LetterTemplateKey } from "./neighbour-vocabulary";
import { commentDeadline } from "./notice-dates";

export interface LetterRecipient {
  address: string;
  postcode: string;
  city: string;
  ownerName: string | null;
}

export interface ComposedLetter {
  templateKey: LetterTemplateKey;
  language: Language;
  /** The greeting line: the owner, the address's owner, or the neighbourhood. */
  greeting: string;
  /** The address block, empty for an unaddressed letter. */
  addressLines: string[];
  date: string;
  subject: string;
  facts: { label: string; value: string }[];
  paragraphs: string[];
  closing: string;
  signature: string[];
}

const fill = (text: string, values: Readonly<Record<string, string>>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");

/**
 * The housing form and number of homes as a letter says them.
 *
 * @example
 * housingText({ housingForm: "smahus", homeCount: 4 }, "nb"); // "4 småhus, små frittliggende boliger med én bolig i hvert hus"
 */
export function housingText(project: Pick<LetterProject, "housingForm" | "homeCount">, language: Language): string {
  const phrase = housingPhrases[language][project.housingForm];
  return fill(project.homeCount === 1 ? phrase.one : phrase.other, { count: String(project.homeCount) });
}

/** The tokens a template's text can use: the blanks, and what comes from the project. */
export function letterValues(fields: LetterFields, project: LetterProject): Record<string, string> {
  const language = fields.language;
  const date = (value: string | undefined) => (value ? formatDate(value, language) : "");
  const phone = fields.contactPhone ? (language === "nb" ? ` på telefon ${fields.contactPhone}` : ` on ${fields.contactPhone}`) : "";
  const email = fields.contactEmail ? (language === "nb" ? `${phone ? " eller" : ""} på e-post ${fields.contactEmail}` : `${phone ? " or" : ""} by e-mail at ${fields.contactEmail}`) : "";
  return {
    ...fields,
    municipality: project.municipality,
    project: project.name,
    housing: housingText(project, language),
    letterDateText: date(fields.letterDate),
    meetingDateText: date(fields.meetingDate),
    sentDateText: date(fields.sentDate),
    deadline: fields.sentDate ? date(commentDeadline(fields.sentDate)) : "",
    contactPhoneText: phone,
    contactEmailText: email,
  };
}

/**
 * One letter for one recipient, or the unaddressed letter "Til beboerne i nabolaget" (null).
 *
 * @example
 * const letter = composeLetter(letterTemplates.information, fields, project, { address: "Eikelundveien 10", postcode: "1234", city: "Eikelund", ownerName: null });
 * letter.greeting; // "Til eieren", with the address lines below
 */
export function composeLetter(template: LetterTemplate, fields: LetterFields, project: LetterProject, recipient: LetterRecipient | null): ComposedLetter {
  const language = fields.language;
  const text = template.text[language];
  const values = letterValues(fields, project);
  const shown = (part: { when?: string }) => !part.when || (fields[part.when] ?? "").trim() !== "";
  const greeting = !recipient ? text.unaddressed : recipient.ownerName ? fill(text.toOwner, { owner: recipient.ownerName }) : fill(text.toAddress, { address: recipient.address });
  return {
    templateKey: template.key,
    language,
    greeting,
    addressLines: recipient ? [recipient.address, `${recipient.postcode} ${recipient.city}`.trim()].filter(Boolean) : [],
    date: values.letterDateText,
    subject: fill(text.subject, values),
    facts: text.facts.filter(shown).map((fact) => ({ label: fact.label, value: fill(fact.value, values) })),
    paragraphs: text.paragraphs.filter(shown).map((part) => fill(part.text, values)),
    closing: text.closing,
    signature: [fields.contactName, fields.sender].filter((line): line is string => Boolean(line)),
  };
}
