/**
 * The app's one way to show a date or a time: Norwegian time (Europe/Oslo) whatever the
 * browser's or the server's zone, so a workshop sees one clock and the server's rendering
 * equals the browser's (no hydration mismatch). Only the numbers come from Intl; the words are
 * ours, because ICU versions (Node's, Chromium's) differ in abbreviations and separators.
 */

export const appTimeZone = "Europe/Oslo";

type TimeLanguage = "nb" | "en";

const monthNames: Record<TimeLanguage, readonly string[]> = {
  nb: ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const osloClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: appTimeZone,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

function languageOf(code: string): TimeLanguage {
  return code === "en" ? "en" : "nb";
}

function toDate(value: string | Date): Date | null {
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The date and time a clock in Oslo shows at that moment. */
function osloWallClock(date: Date): WallClock {
  const parts = Object.fromEntries(osloClock.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute) };
}

function dayText({ year, month, day }: Pick<WallClock, "year" | "month" | "day">, language: TimeLanguage): string {
  const name = monthNames[language][month - 1];
  return language === "en" ? `${day} ${name} ${year}` : `${day}. ${name} ${year}`;
}

const twoDigits = (value: number) => String(value).padStart(2, "0");

/**
 * A moment (a server time stamp) as people read it, in Oslo time.
 *
 * @example
 * formatDateTime("2026-12-02T13:05:00Z", "nb"); // "2. des. 2026 kl. 14:05"
 * formatDateTime("2026-07-02T12:05:00Z", "en"); // "2 Jul 2026, 14:05"
 */
export function formatDateTime(value: string | Date, language: string): string {
  const date = toDate(value);
  if (!date) return "–";
  const clock = osloWallClock(date);
  const time = `${twoDigits(clock.hour)}:${twoDigits(clock.minute)}`;
  const lang = languageOf(language);
  return lang === "en" ? `${dayText(clock, lang)}, ${time}` : `${dayText(clock, lang)} kl. ${time}`;
}

/**
 * A day: a calendar date ("2026-12-02", taken as it is, e.g. a decision's date) or the Oslo
 * day of a moment.
 *
 * @example
 * formatDate("2026-12-02", "nb"); // "2. des. 2026"
 * formatDate("2026-12-31T23:30:00Z", "en"); // "1 Jan 2027"
 */
export function formatDate(value: string | Date, language: string): string {
  const calendar = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (calendar) return dayText({ year: Number(calendar[1]), month: Number(calendar[2]), day: Number(calendar[3]) }, languageOf(language));
  const date = toDate(value);
  return date ? dayText(osloWallClock(date), languageOf(language)) : typeof value === "string" ? value : "–";
}

/**
 * Today's date in Oslo as a calendar date, e.g. the default of a date field (a UTC date would be
 * yesterday's between midnight and 01:00 or 02:00 Norwegian time).
 *
 * @example
 * todayInOslo(new Date("2026-12-01T23:30:00Z")); // "2026-12-02"
 */
export function todayInOslo(now: Date = new Date()): string {
  const { year, month, day } = osloWallClock(now);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * Whether a text is a calendar date (YYYY-MM-DD) that exists: not 2026-02-30. The checklist's
 * due dates and the catalogue's and choices' windows all use these days (decision 012).
 *
 * @example
 * isCalendarDate("2026-02-28"); // true
 * isCalendarDate("2026-02-30"); // false
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date `days` after `date` (before, when negative), counted at noon UTC so no
 * summer-time change moves a day.
 *
 * @example
 * addDays("2026-12-31", 1); // "2027-01-01"
 */
export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Oslo's UTC offset, read by the one formatter module (format-time.test.ts allows no other). */
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
