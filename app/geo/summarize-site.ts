import type { DestinationCategory, EverydayCategory, NearestResult, Neighbourhood, ShortcutWarning, Status } from "./types";

const categoryWords: Record<DestinationCategory, { nb: string; en: string }> = {
  grocery: { nb: "dagligvare", en: "grocery" },
  busStop: { nb: "bussholdeplass", en: "bus stop" },
  pharmacy: { nb: "apotek/helsetjeneste", en: "pharmacy/health service" },
  school: { nb: "skole", en: "school" },
  kindergarten: { nb: "barnehage", en: "kindergarten" },
  fireStation: { nb: "brannstasjon", en: "fire station" },
  police: { nb: "politi", en: "police" },
};
const statusWords: Record<Status, { nb: string; en: string }> = {
  pass: { nb: "innenfor", en: "within" },
  attention: { nb: "bør vurderes", en: "worth a look" },
  fail: { nb: "utenfor", en: "outside" },
};

/**
 * A short plain-language summary of a site's assessment, in bokmål and English.
 *
 * @example
 * summarizeSite({ nearest, shortcuts, neighbourhood, everyday: ["grocery", "busStop", "pharmacy"] }).en;
 * // "Bus stop 320 m walk (4.3 min, within threshold). ..."
 */
export function summarizeSite(input: {
  nearest: Record<DestinationCategory, NearestResult | null>;
  shortcuts: ShortcutWarning[];
  neighbourhood: Neighbourhood;
  everyday: readonly EverydayCategory[];
}): { nb: string; en: string } {
  const nb: string[] = [];
  const en: string[] = [];
  for (const category of input.everyday) {
    const result = input.nearest[category];
    const words = categoryWords[category];
    if (!result) {
      nb.push(`Ingen ${words.nb} nåbar til fots.`);
      en.push(`No ${words.en} reachable on foot.`);
      continue;
    }
    const meters = Math.round(result.walkMeters);
    const minutes = result.walkMinutes.toFixed(1);
    nb.push(`${capitalize(words.nb)} ${meters} m å gå (${minutes.replace(".", ",")} min, ${statusWords[result.status].nb} terskel).`);
    en.push(`${capitalize(words.en)} ${meters} m walk (${minutes} min, ${statusWords[result.status].en} threshold).`);
  }
  if (input.shortcuts.length > 0) {
    nb.push(`${input.shortcuts.length} mulig(e) risikable snarvei(er) å drøfte.`);
    en.push(`${input.shortcuts.length} potential risky shortcut(s) to discuss.`);
  }
  const { supportedHomesWithin, radiusMeters, areaOfConcern } = input.neighbourhood;
  nb.push(`${supportedHomesWithin} tilrettelagte boliger innen ${radiusMeters} m.`);
  en.push(`${supportedHomesWithin} supported homes within ${radiusMeters} m.`);
  if (areaOfConcern?.inside || areaOfConcern?.near) {
    nb.push(areaOfConcern.inside ? "Tomta ligger i et område med bekymring." : "Tomta ligger nær et område med bekymring.");
    en.push(areaOfConcern.inside ? "The site lies in an area of concern." : "The site lies near an area of concern.");
  }
  return { nb: nb.join(" "), en: en.join(" ") };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
