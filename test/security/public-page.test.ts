/**
 * The stigmatising-word check on every text the public page shows (decision 013): each word the
 * brief warns against ("Language and dignity") is flagged, with a suggestion, in the page's own
 * texts (bokmål and English), in its dated updates and in the inquiries shown on it; the demo's
 * positive words pass. The HTTP side of the page is test/security/public-page.browser.test.ts.
 */
import { describe, expect, it } from "vitest";
import { demoPublicContent } from "../../db/seed-demo-public";
import { emptyContent } from "../../app/public-page/public-content";
import { answerWarnings, contentWarnings, updateWarnings } from "../../app/public-page/public-word-check";

const briefWords = {
  nb: ["antisosiale", "kriminelle elementer", "ingen boevne", "siste utvei", "rusmisbrukere", "narkomane"],
  en: ["antisocial", "criminal elements", "unable to live", "last resort", "addicts", "junkies"],
};

describe("the word check on the public page's texts", () => {
  for (const language of ["nb", "en"] as const) {
    for (const word of briefWords[language]) {
      it(`flags «${word}» (${language}) in what is built and why, in a question and in an answer`, () => {
        const content = emptyContent();
        content.whatAndWhy[language] = `Her kommer tekst om ${word} i nabolaget.`;
        content.faq = [{ question: { nb: "Spørsmål", en: "" }, answer: { nb: "", en: "" } }];
        content.faq[0].answer[language] = `Svar: ${word}.`;
        content.faq[0].answer.nb ||= "Svar.";
        const warnings = contentWarnings(content);
        expect(warnings.map((warning) => warning.field)).toEqual([`whatAndWhy.${language}`, `faq.0.answer.${language}`]);
        expect(warnings[0].found.toLowerCase()).toBe(word);
        expect(warnings[0].suggestion.length).toBeGreaterThan(3);
      });
    }
  }

  it("flags the words in a dated update and in an inquiry shown on the page, in either language", () => {
    expect(updateWarnings({ id: "u1", title: "Siste utvei?", body: "Not for addicts." }).map((warning) => [warning.field, warning.found])).toEqual([
      ["update.u1.title", "Siste utvei"],
      ["update.u1.body", "addicts"],
    ]);
    expect(answerWarnings({ id: "i1", topic: "Narkomane i området", body: "Hva gjør dere?", answer: "Vi bygger boliger." }).map((warning) => warning.field)).toEqual(["inquiry.i1.topic"]);
  });

  it("lets the demo's positive words through: «et steg mot å bo selvstendig»", () => {
    expect(demoPublicContent.whatAndWhy.nb).toContain("et steg mot å bo selvstendig");
    expect(contentWarnings(demoPublicContent)).toEqual([]);
  });
});
