/**
 * When a workshop's day ends in Oslo, for its join codes (decision 014). The date arithmetic
 * lives with the app's one date formatter.
 */
export { endOfDayInOslo } from "../ui/format-time";
