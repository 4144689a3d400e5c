import type { BarrierIndex } from "./barrier-index";
import { findBarrierCrossings } from "./find-barrier-crossings";
import type { AssessmentConfig, Destination, EverydayCategory, LineStringOrNull, Position2, ShortcutWarning } from "./types";

/** A destination with its distances from one site, as the site assessment computed them. */
export interface MeasuredDestination {
  destination: Destination;
  straightMeters: number;
  /** null: not reachable on foot within the search bound. */
  walkMeters: number | null;
}

function round(value: number): number {
  return Math.round(value);
}

/**
 * Risky shortcuts for one site: for each everyday category, destinations within the shortcut radius
 * whose straight line from the site crosses a barrier while the safe walk is much longer
 * (ratio above `shortcutMinDetourRatio` and more than `shortcutMinExtraMeters` extra) or impossible.
 * A destination counts only if its straight line is shorter than the walk to the category's nearest
 * destination — otherwise nobody gains by cutting across. At most one warning per category: the
 * shortest straight line, crossing reported nearest the site.
 *
 * @example
 * findShortcuts({ site: [10.4, 63.42], measured, barriers, config, nearestWalkMeters: { busStop: 900 } });
 */
export function findShortcuts(input: {
  site: Position2;
  measured: Record<EverydayCategory, MeasuredDestination[]>;
  nearestWalkMeters: Record<EverydayCategory, number | null>;
  barriers: BarrierIndex;
  config: AssessmentConfig;
  /** The safe walking route to a destination, drawn only for the warnings. */
  routeTo: (category: EverydayCategory, entry: MeasuredDestination) => LineStringOrNull;
}): ShortcutWarning[] {
  const { site, measured, nearestWalkMeters, barriers, config, routeTo } = input;
  const warnings: ShortcutWarning[] = [];
  for (const category of Object.keys(measured) as EverydayCategory[]) {
    const nearestWalk = nearestWalkMeters[category];
    const candidates = measured[category]
      .filter((entry) => entry.straightMeters <= config.shortcutRadiusMeters)
      .filter((entry) => nearestWalk === null || entry.straightMeters < nearestWalk)
      .filter(
        (entry) =>
          entry.walkMeters === null ||
          (entry.walkMeters > entry.straightMeters * config.shortcutMinDetourRatio &&
            entry.walkMeters - entry.straightMeters > config.shortcutMinExtraMeters),
      )
      .sort((first, second) => first.straightMeters - second.straightMeters);
    for (const entry of candidates) {
      const crossings = findBarrierCrossings(barriers, site, [entry.destination.lon, entry.destination.lat]);
      if (crossings.length === 0) continue;
      const crossing = crossings[0];
      const destinationName = entry.destination.name;
      const straight = round(entry.straightMeters);
      const walk = entry.walkMeters === null ? null : round(entry.walkMeters);
      warnings.push({
        category,
        destinationName,
        barrier: crossing.kind,
        barrierName: crossing.name,
        straightMeters: straight,
        walkMeters: walk,
        crossing: crossing.position,
        route: routeTo(category, entry),
        message: shortcutMessage(crossing.kind, straight, walk),
      });
      break;
    }
  }
  return warnings;
}

const barrierWords: Record<ShortcutWarning["barrier"], { nb: string; en: string }> = {
  railway: { nb: "jernbanen", en: "the railway" },
  motorway: { nb: "motorveien", en: "the motorway" },
  trunk: { nb: "hovedveien", en: "the trunk road" },
  noise_barrier: { nb: "støyskjermen", en: "the noise barrier" },
};

function shortcutMessage(kind: ShortcutWarning["barrier"], straight: number, walk: number | null): { nb: string; en: string } {
  const words = barrierWords[kind];
  if (walk === null) {
    return {
      nb: `Mulig risiko å drøfte: i luftlinje ${straight} m over ${words.nb}, men ingen trygg gangvei innen søkeavstanden.`,
      en: `A potential risk to discuss: ${straight} m in a straight line across ${words.en}, but no safe walking route within the search distance.`,
    };
  }
  return {
    nb: `Mulig risiko å drøfte: i luftlinje ${straight} m over ${words.nb}, trygg gangvei ${walk} m. Noen kan velge snarveien.`,
    en: `A potential risk to discuss: ${straight} m in a straight line across ${words.en}, the safe walk is ${walk} m. Some may take the shortcut.`,
  };
}
