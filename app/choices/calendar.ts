/** Calendar dates for the choices' windows: the app's one date module (app/ui/format-time.ts). */
export { addDays } from "../ui/format-time";
