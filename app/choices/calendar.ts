/**
 * Calendar dates (YYYY-MM-DD, Europe/Oslo days) as the choices' windows use them: counted in
 * whole days at noon UTC, so no summer-time change moves a date.
 */

/**
 * A calendar date `days` after `date` (before, when negative).
 *
 * @example
 * addDays("2026-12-31", 1); // "2027-01-01"
 */
export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}
