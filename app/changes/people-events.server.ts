/** The history writer as the cooperation, the flags and participation call it (app/history/people-events.server.ts). */
export { recordPeopleEvent as appendPeopleEvent, type Actor } from "../history/people-events.server";
