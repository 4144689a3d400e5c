/**
 * The planners' side of the residents' choices (decision 012, issue 8 items 11–13), as plain
 * functions taking `db`: the seed, the tests and the page call the same ones.
 *
 * Reads: `readChoiceMatrix(db, projectId)` (homes × categories with every choice, the standard
 * where nobody chose, reopenings, favourites, the homes still waiting and the open requests for
 * help) and `readHistory(db, projectId, homeId?)`.
 * Writes (planners only, `choices:withResident`; each takes the acting member as the server
 * knows them): `recordWithResident`, `reopenForHome`, `closeReopening`, `markHelpAnswered`.
 * Refusals throw `ChoicesRefused` with the problem to answer (app/choices/choices-problem.ts).
 */
export { readCategories, readChoiceMatrix, readOpenHelpRequests } from "./choice-matrix.server";
export { defaultHistoryLimit, readHistory } from "./choice-history.server";
export { closeReopening, markHelpAnswered, recordWithResident, reopenForHome, type ChoiceActor } from "./choice-writes.server";
export { ChoicesRefused } from "./choices-problem";
