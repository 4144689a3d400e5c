/**
 * The one summary sentence of a site, in bokmål and English: the engine owns its wording, so the
 * map page's panel, the comparison table, the exports and the CLI's `summary` read the same.
 * Words follow docs/glossary.md.
 */
import type { AssessmentConfig, DestinationCategory, NearestResult, Neighbourhood, ShortcutWarning } from "./types";

type Language = "nb" | "en";
type Bilingual = Record<Language, string>;

const categoryWords: Record<DestinationCategory, Bilingual> = {
  grocery: { nb: "dagligvare", en: "grocery" },
  busStop: { nb: "bussholdeplass", en: "bus stop" },
  pharmacy: { nb: "apotek/helse", en: "pharmacy/health" },
  school: { nb: "skole", en: "school" },
  kindergarten: { nb: "barnehage", en: "kindergarten" },
  fireStation: { nb: "brannstasjon", en: "fire station" },
  police: { nb: "politi", en: "police" },
};

const sentences = {
  fail: { nb: (list: string) => `Utenfor terskel: ${list}.`, en: (list: string) => `Outside threshold: ${list}.` },
  attention: { nb: (list: string) => `Bør vurderes: ${list}.`, en: (list: string) => `Worth a look: ${list}.` },
  unreachable: { nb: (list: string) => `Kan ikke nås til fots: ${list}.`, en: (list: string) => `Not reachable on foot: ${list}.` },
  allPass: { nb: "Alle avstander er innenfor tersklene.", en: "All distances are within the thresholds." },
  shortcuts: {
    nb: (count: number) => (count === 1 ? "1 mulig risikabel snarvei å drøfte." : `${count} mulige risikable snarveier å drøfte.`),
    en: (count: number) => (count === 1 ? "1 potential risky shortcut to discuss." : `${count} potential risky shortcuts to discuss.`),
  },
  homes: {
    nb: (count: number, radius: number) => (count === 1 ? `1 tilrettelagt bolig innen ${radius} m.` : `${count} tilrettelagte boliger innen ${radius} m.`),
    en: (count: number, radius: number) => (count === 1 ? `1 supported home within ${radius} m.` : `${count} supported homes within ${radius} m.`),
  },
  concernInside: { nb: "Tomta ligger i et område med bekymring.", en: "The site lies in an area of concern." },
  concernNear: { nb: "Tomta ligger nær et område med bekymring.", en: "The site lies near an area of concern." },
} as const;

/**
 * A short plain-language summary of a site's assessment: what is outside the thresholds, what is
 * worth a look, what cannot be reached on foot, the shortcuts to discuss and the neighbourhood.
 *
 * @example
 * summarizeSite({ nearest, shortcuts, neighbourhood, config }).nb;
 * // "Utenfor terskel: bussholdeplass. Bør vurderes: dagligvare. 1 mulig risikabel snarvei å drøfte. 0 tilrettelagte boliger innen 500 m."
 */
export function summarizeSite(input: {
  nearest: Record<DestinationCategory, NearestResult | null>;
  shortcuts: readonly ShortcutWarning[];
  neighbourhood: Neighbourhood;
  config: Pick<AssessmentConfig, "thresholds">;
}): Bilingual {
  const categories = Object.keys(input.nearest) as DestinationCategory[];
  // For a school or kindergarten none within reach is no problem (farther away is better).
  const unreachable = categories.filter((category) => !input.nearest[category] && (input.config.thresholds[category]?.direction ?? "atMost") === "atMost");
  const failing = categories.filter((category) => input.nearest[category]?.status === "fail");
  const attention = categories.filter((category) => input.nearest[category]?.status === "attention");
  const { supportedHomesWithin, radiusMeters, areaOfConcern } = input.neighbourhood;
  const inLanguage = (language: Language): string => {
    const list = (chosen: DestinationCategory[]) => chosen.map((category) => categoryWords[category][language]).join(", ");
    const parts: string[] = [];
    if (failing.length > 0) parts.push(sentences.fail[language](list(failing)));
    if (attention.length > 0) parts.push(sentences.attention[language](list(attention)));
    if (unreachable.length > 0) parts.push(sentences.unreachable[language](list(unreachable)));
    if (parts.length === 0) parts.push(sentences.allPass[language]);
    if (input.shortcuts.length > 0) parts.push(sentences.shortcuts[language](input.shortcuts.length));
    parts.push(sentences.homes[language](supportedHomesWithin, radiusMeters));
    if (areaOfConcern?.inside) parts.push(sentences.concernInside[language]);
    else if (areaOfConcern?.near) parts.push(sentences.concernNear[language]);
    return parts.join(" ");
  };
  return { nb: inLanguage("nb"), en: inLanguage("en") };
}
