/** How long an invite link can be valid, in days. */
export const inviteValidDays = [1, 7, 30, 90] as const;
