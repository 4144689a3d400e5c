/**
 * The demo project's public page and inquiries (issue 9, decision 013), made with the app's own
 * store functions: a page ready to publish but not published (a planner publishes it; the demo's
 * decision log has the political handling, so it may be), with positive words ("et steg mot å bo
 * selvstendig"), an FAQ, two dated updates; and two inquiries from neighbours, one answered and
 * shown on the page without its sender, one received 20 days ago and not answered (overdue).
 */
import type { Database } from "./connection";
import { addInquiry, answerInquiry, setShownOnPublicPage } from "../app/inquiries/inquiries-store.server";
import type { PublicContent } from "../app/public-page/public-content";
import { addPublicUpdate, savePublicTexts } from "../app/public-page/public-page-store.server";
import { addDays, todayInOslo } from "../app/ui/format-time";
import type { DemoMember } from "./seed-demo-homes";

function must<T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`demo public page: ${what} was refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/** The demo page's texts: what is built and why, a named contact at work, four questions. */
export const demoPublicContent: PublicContent = {
  title: { nb: "Fire små hus på Eikelund", en: "Four small houses at Eikelund" },
  whatAndWhy: {
    nb: "Kommunen planlegger fire små, frittliggende hus på Eikelund, hvert på rundt 36 m² med egen inngang og en liten uteplass. Husene er for personer som ønsker å bo for seg selv, med fast oppfølging fra kommunen.\n\nFor dem som skal bo her, er et eget hjem et steg mot å bo selvstendig. Vi planlegger sammen med de framtidige beboerne, politiet og brann og redning, og vi vil gjerne høre fra dere som bor i nærheten.",
    en: "The municipality is planning four small detached houses at Eikelund, each of about 36 m² with its own entrance and a small outdoor space. The houses are for people who want to live on their own, with regular support from the municipality.\n\nFor those who will live here, a home of their own is a step towards living independently. We plan together with the future residents, the police and fire & rescue, and we would like to hear from you who live nearby.",
  },
  contact: { name: "Kari Nordmann", role: { nb: "Prosjektleder, Demo kommune", en: "Project manager, Demo municipality" }, email: "kari.nordmann@demo-kommune.example", phone: "+47 400 00 000" },
  faq: [
    {
      question: { nb: "Hvem skal bo i husene?", en: "Who will live in the houses?" },
      answer: {
        nb: "Voksne som ønsker å bo for seg selv og får oppfølging fra kommunen i hverdagen. Vi forteller ikke noe om den enkelte beboeren, på samme måte som ingen andre naboer blir presentert før de flytter inn.",
        en: "Adults who want to live on their own and get everyday support from the municipality. We say nothing about each resident, just as no other neighbour is introduced before moving in.",
      },
    },
    {
      question: { nb: "Når skal husene bygges?", en: "When will the houses be built?" },
      answer: { nb: "Vi regner med byggestart året etter at tomta er vedtatt. Tidslinjen på denne siden viser hvor vi er nå.", en: "We expect building to start the year after the site is decided. The timeline on this page shows where we are now." },
    },
    {
      question: { nb: "Hvem kan jeg kontakte hvis noe skjer?", en: "Whom can I contact if something happens?" },
      answer: {
        nb: "Kontaktpersonen nederst på siden svarer på dagtid. Beboerne får fast oppfølging, og naboene får et telefonnummer de kan ringe når husene er tatt i bruk.",
        en: "The contact person at the bottom of the page answers during the day. The residents get regular support, and neighbours get a phone number to call once the houses are in use.",
      },
    },
    {
      question: { nb: "Kan jeg komme med innspill?", en: "Can I give my views?" },
      answer: { nb: "Ja. Bruk skjemaet på denne siden, eller kom på et av de åpne møtene. Vi svarer på alle henvendelser.", en: "Yes. Use the form on this page, or come to one of the open meetings. We answer every inquiry." },
    },
  ],
};

/**
 * @example
 * await seedDemoPublic(db, { owner: member("kari"), planner: member("jonas") });
 */
export async function seedDemoPublic(db: Database, members: { owner: DemoMember; planner: DemoMember }, now: Date = new Date()): Promise<void> {
  const { owner, planner } = members;
  const today = todayInOslo(now);

  must(await savePublicTexts(db, owner, demoPublicContent), "the texts");
  must(
    await addPublicUpdate(
      db,
      planner,
      { date: addDays(today, -40), title: "Kommunestyret har behandlet saken", body: "Kommunestyret ba administrasjonen finne en egnet tomt og ta med politiet og brann og redning tidlig. Nå vurderer vi tomtene." },
      now,
    ),
    "the first update",
  );
  must(
    await addPublicUpdate(
      db,
      planner,
      { date: addDays(today, -12), title: "Befaring med de framtidige beboerne", body: "Vi har vært på befaring sammen med noen av dem som skal bo i husene. De ønsket korte avstander til butikk og buss." },
      now,
    ),
    "the second update",
  );

  const answered = must(
    await addInquiry(
      db,
      planner,
      {
        receivedDate: addDays(today, -25),
        channel: "email",
        fromName: "Eikelund borettslag, styret",
        fromContact: "styret@eikelund-brl.example",
        topic: "Trafikk i byggeperioden",
        body: "Blir det anleggstrafikk forbi barnehagen mens husene bygges?",
      },
      now,
    ),
    "the answered inquiry",
  );
  must(
    await answerInquiry(
      db,
      planner,
      { inquiryId: answered.id, answer: "Nei. Anleggstrafikken skal gå fra Hovedveien og ikke forbi barnehagen. Vi tar det med i avtalen med entreprenøren.", answeredDate: addDays(today, -18) },
      now,
    ),
    "the answer",
  );
  must(await setShownOnPublicPage(db, planner, { inquiryId: answered.id, show: true }), "showing the answer");

  must(
    await addInquiry(
      db,
      owner,
      {
        receivedDate: addDays(today, -20),
        channel: "letter",
        fromName: "Nabo i Bjørkeveien",
        fromContact: null,
        topic: "Informasjonsmøte",
        body: "Blir det et møte for oss som bor i nærheten før tomta velges?",
      },
      now,
    ),
    "the overdue inquiry",
  );
}
