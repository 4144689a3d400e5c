/**
 * The letter templates (decision 013): their blanks are about the project, the site and the
 * contact only (nothing about the residents beyond the project's housing form and number of
 * homes, which come from the project); their own text passes the stigmatising-word check in both
 * languages; the formal notice has the facts a notice needs, with the deadline 14 days after it
 * is sent; a letter is addressed to the owner, to the address, or to the neighbourhood.
 */
import { describe, expect, it } from "vitest";
import { composeLetter, housingText } from "./letter-compose";
import type { LetterFields, LetterProject } from "./letter-templates";
import { letterFieldsSchema, letterTemplates } from "./letter-templates";
import { letterTemplateKeys } from "./neighbour-vocabulary";
import { checkWords } from "./word-check";

const project: LetterProject = { name: "Småhus på Eikelund", municipality: "Demo kommune", housingForm: "smahus", homeCount: 4 };

/** The only blanks a letter has: none of them is about a resident. */
const allowedBlanks = new Set([
  "letterDate", "site", "sender", "contactName", "contactPhone", "contactEmail",
  "about", "timeline", "moreInfo",
  "meetingDate", "meetingTime", "meetingPlace", "agenda",
  "sentDate", "applicant", "property", "appliedFor", "dispensation", "authority", "commentsTo", "documents",
]);

const noticeFields: LetterFields = {
  language: "nb",
  letterDate: "2026-03-20",
  site: "Eikelundveien 12",
  sender: "Demo kommune, eiendomsavdelingen",
  contactName: "Jonas Berg",
  contactPhone: "12 34 56 78",
  contactEmail: "",
  sentDate: "2026-03-20",
  applicant: "Demo kommune, eiendomsavdelingen",
  property: "gnr. 12, bnr. 345",
  appliedFor: "Oppføring av fire småhus med bod.",
  dispensation: "",
  authority: "Demo kommune, byggesak",
  commentsTo: "Demo kommune, Postboks 1, 1234 Eikelund",
  documents: "",
};

describe("letter templates", () => {
  it("have no blank for anything about the residents", () => {
    for (const key of letterTemplateKeys) {
      for (const blank of letterTemplates[key].blanks) {
        expect(allowedBlanks, `${key}.${blank.name}`).toContain(blank.name);
        expect(`${blank.label.nb} ${blank.label.en}`).not.toMatch(/beboer|resident|diagnos|helse|health|rus|straff|crimin|krimin|navn på beboer/i);
      }
    }
  });

  it("pass the stigmatising-word check in both languages", () => {
    for (const key of letterTemplateKeys) {
      for (const language of ["nb", "en"] as const) {
        const text = letterTemplates[key].text[language];
        const all = [text.subject, ...text.paragraphs.map((part) => part.text), ...text.facts.map((fact) => `${fact.label} ${fact.value}`), text.closing].join("\n");
        expect(checkWords(all, language), `${key} ${language}`).toEqual([]);
      }
    }
  });

  it("check each blank by its kind and refuse unknown fields", () => {
    const schema = letterFieldsSchema("formalNotice");
    expect(schema.safeParse(noticeFields).success).toBe(true);
    const wrong = schema.safeParse({ ...noticeFields, sentDate: "2026-02-30", contactEmail: "ikke-en-adresse", residentNames: "Mari" });
    expect(wrong.success).toBe(false);
    if (!wrong.success) expect(wrong.error.issues.map((issue) => String(issue.path[0] ?? issue.code)).sort()).toEqual(["contactEmail", "sentDate", "unrecognized_keys"].sort());
    expect(schema.safeParse({ ...noticeFields, applicant: "" }).success).toBe(false);
  });

  it("say the housing form and number of homes from the project", () => {
    expect(housingText(project, "nb")).toBe("4 småhus, små frittliggende boliger med én bolig i hvert hus");
    expect(housingText({ housingForm: "bofellesskap", homeCount: 6 }, "en")).toBe("a shared home with 6 flats and a staff base");
    expect(housingText({ housingForm: "ordinary", homeCount: 1 }, "nb")).toBe("én vanlig leilighet");
  });
});

describe("composeLetter", () => {
  it("gives the formal notice what is applied for, where, who applies and the deadline 14 days after sending", () => {
    const letter = composeLetter(letterTemplates.formalNotice, noticeFields, project, { address: "Eikelundveien 10", postcode: "1234", city: "Eikelund", ownerName: "Per Hansen" });
    expect(letter.subject).toBe("Nabovarsel");
    expect(letter.facts).toEqual([
      { label: "Tiltakshaver", value: "Demo kommune, eiendomsavdelingen" },
      { label: "Eiendom", value: "Eikelundveien 12, gnr. 12, bnr. 345" },
      { label: "Det søkes om", value: "Oppføring av fire småhus med bod." },
      { label: "Søknaden sendes til", value: "Demo kommune, byggesak" },
      { label: "Frist for merknader", value: "3. apr. 2026" },
    ]);
    expect(letter.paragraphs.join(" ")).toContain("send dem skriftlig til Demo kommune, Postboks 1, 1234 Eikelund innen 3. apr. 2026");
    expect(letter.paragraphs.join(" ")).toContain("4 småhus");
    expect(letter.paragraphs.join(" ")).not.toContain("dispensasjon");
    expect(letter.greeting).toBe("Til Per Hansen");
    expect(letter.addressLines).toEqual(["Eikelundveien 10", "1234 Eikelund"]);
    expect(letter.paragraphs.at(-1)).toBe("Har du spørsmål, kan du kontakte Jonas Berg på telefon 12 34 56 78.");
  });

  it("writes to the owner of an address without a name, and to the neighbourhood without an address", () => {
    const recipient = { address: "Granveien 2", postcode: "1234", city: "Eikelund", ownerName: null };
    expect(composeLetter(letterTemplates.formalNotice, noticeFields, project, recipient).greeting).toBe("Til eieren");
    const unaddressed = composeLetter(letterTemplates.formalNotice, { ...noticeFields, language: "en" }, project, null);
    expect(unaddressed.greeting).toBe("To the residents of the neighbourhood");
    expect(unaddressed.addressLines).toEqual([]);
    expect(unaddressed.facts.at(-1)).toEqual({ label: "Deadline for objections", value: "3 Apr 2026" });
  });
});
