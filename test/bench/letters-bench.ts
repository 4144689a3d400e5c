/**
 * The time to produce 200 letters as one PDF (issue 9, decision 013): the information letter
 * composed for 200 invented addresses with the app's own template and component, rendered to
 * HTML on the server and printed by the project's Chromium through the app's PDF printer, the
 * path the PDF download takes. One warm-up (Chromium starting), then the median of 3 runs.
 * No database: the letter and the addresses are made in memory.
 *
 *   npm run bench:letters [-- --letters 200 --runs 3]
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { performance } from "node:perf_hooks";
import { composeLetter } from "../../app/neighbours/letter-compose";
import { lettersHtml } from "../../app/neighbours/letter-pdf.server";
import type { LetterFields } from "../../app/neighbours/letter-templates";
import { letterTemplates } from "../../app/neighbours/letter-templates";
import { createPdfPrinter } from "../../app/neighbours/pdf-printer.server";
import { pdfPageTexts } from "../../app/neighbours/testing/pdf-text";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) || fallback : fallback;
};
const letterCount = argument("letters", 200);
const runs = argument("runs", 3);

const project = { name: "Småhus på Eikelund", municipality: "Demo kommune", housingForm: "smahus" as const, homeCount: 4 };
const fields: LetterFields = {
  language: "nb",
  letterDate: "2026-12-02",
  site: "den kommunale tomta ved Eikelund senter",
  sender: "Demo kommune, eiendomsavdelingen",
  contactName: "Jonas (planlegger)",
  contactPhone: "12 34 56 78",
  contactEmail: "boplan@demo.example",
  about: "Husene blir små og frittliggende, med egen inngang og en liten hage. Tomta ligger nær butikk og buss, og adkomsten blir fra Eikelundveien. Politiet og brann og redning er med i planleggingen.",
  timeline: "Kommunestyret skal velge tomt i vår. Blir det denne tomta, regner vi med byggestart neste år.",
  moreInfo: "",
};
const streets = ["Eikelundveien", "Granveien", "Bjørkeveien", "Senterveien", "Skolebakken"];
const addresses = Array.from({ length: letterCount }, (_, index) => ({
  address: `${streets[index % streets.length]} ${Math.floor(index / streets.length) + 1}`,
  postcode: "1357",
  city: "Eikelund",
  ownerName: index % 3 === 0 ? `Eier nr. ${index + 1}` : null,
}));

const printer = createPdfPrinter({ idleMilliseconds: 60_000 });

async function once(): Promise<{ milliseconds: number; bytes: number; pdf: Uint8Array }> {
  const started = performance.now();
  const letters = addresses.map((address) => composeLetter(letterTemplates.information, fields, project, address));
  const pdf = await printer.print(lettersHtml({ title: "Informasjon til naboene", language: "nb", letters }));
  return { milliseconds: performance.now() - started, bytes: pdf.byteLength, pdf };
}

try {
  const warmUp = await once();
  const pages = await pdfPageTexts(warmUp.pdf);
  if (pages.length !== letterCount || !pages[letterCount - 1].includes(addresses[letterCount - 1].address)) {
    throw new Error(`expected ${letterCount} pages with an address each, got ${pages.length}`);
  }
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const result = await once();
    times.push(result.milliseconds);
    bytes = result.bytes;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `letters PDF: ${letterCount} letters (${pages.length} pages, ${(bytes / 1024).toFixed(0)} KiB) in ${(median / 1000).toFixed(2)} s (median of ${runs} after a warm-up of ${(warmUp.milliseconds / 1000).toFixed(2)} s with Chromium starting)`,
  );
  console.log(JSON.stringify({ letters: letterCount, pages: pages.length, bytes, runsMilliseconds: times.map((time) => Math.round(time)), medianMilliseconds: Math.round(median), warmUpMilliseconds: Math.round(warmUp.milliseconds) }));
} finally {
  await printer.close();
}
