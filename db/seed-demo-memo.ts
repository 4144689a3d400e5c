/**
 * The demo's decision memo (decision 014): a draft made from the demo project as it stands after
 * the other seeds (its snapshot holds their sites, checklist, participation, neighbours and the
 * finished workshop), with a proposed decision, a summary of four lines and the risks to discuss.
 * Invented text about invented places.
 */
import type { Database } from "./connection";
import { createMemo } from "../app/memo/memo-store.server";
import type { MemoMember } from "../app/memo/memo-snapshot.server";

/** The demo memo's own texts, for tests that look for them. */
export const demoMemoTexts = {
  title: "Valg av tomt for fire småhus på Eikelund",
  proposedDecision:
    "Kommunestyret slutter seg til at Tomt A – Eikelund senter brukes til fire småhus for personer som ønsker å bo for seg selv, og ber administrasjonen sende nabovarsel og søke om rammetillatelse.",
  summary: [
    "Fire tomter er vurdert etter gangavstand til dagligvare, buss og apotek, risikable snarveier og tilrettelagte boliger i nærheten.",
    "Tomt A ligger nærmest butikk, buss og apotek og har ingen mulige risikable snarveier.",
    "Politiet og brann og redning har vurdert tomtene, og beboerne har vært med på befaring og valgmøte.",
    "Naboene er informert etter informasjonsplanen.",
  ].join("\n"),
  risks:
    "Trafikken ved senteret på ettermiddagen bør drøftes med vegeier. Naboenes spørsmål fra informasjonsmøtet bør besvares før nabovarselet sendes.",
};

/**
 * @example
 * await seedDemoMemo(db, { owner: member("kari") });
 */
export async function seedDemoMemo(db: Database, people: { owner: MemoMember }): Promise<string> {
  const made = await createMemo(db, people.owner, demoMemoTexts);
  if (!made.ok) throw new Error(`demo memo: ${made.problem.messageEn}`);
  return made.id;
}
