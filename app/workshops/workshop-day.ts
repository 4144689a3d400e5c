/**
 * When a workshop's day ends in Oslo, for its join codes (decision 014).
 */
import { addDays, appTimeZone } from "../ui/format-time";

const offsetClock = new Intl.DateTimeFormat("en-US", { timeZone: appTimeZone, timeZoneName: "longOffset" });

/** Oslo's offset from UTC at a moment, in minutes (60 in winter, 120 in summer). */
function osloOffsetMinutes(moment: Date): number {
  const name = offsetClock.formatToParts(moment).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * The moment a calendar day ends in Oslo (midnight at its end, Oslo time).
 *
 * @example
 * endOfDayInOslo("2026-12-10").toISOString(); // "2026-12-10T23:00:00.000Z"
 * endOfDayInOslo("2026-06-10").toISOString(); // "2026-06-10T22:00:00.000Z"
 */
export function endOfDayInOslo(date: string): Date {
  const midnightUtc = new Date(`${addDays(date, 1)}T00:00:00Z`);
  // The offset just before midnight is the day's own (a change happens at 01:00 or later UTC).
  return new Date(midnightUtc.getTime() - osloOffsetMinutes(new Date(midnightUtc.getTime() - 3 * 3600_000)) * 60_000);
}
