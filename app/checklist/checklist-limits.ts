/**
 * How long the checklist's texts may be: the forms' `maxLength` and the server's zod schemas
 * (checklist-input.ts) read them here, so the page need not load zod.
 */
export const maxReasonLength = 1000;
export const maxCommentLength = 2000;
export const maxDecisionLength = 500;
