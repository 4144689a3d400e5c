/** How long an attention flag's note may be: the button's `maxLength` and the server's schema. */
export const maxNoteLength = 300;
