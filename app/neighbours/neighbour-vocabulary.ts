/**
 * The words of neighbour communication as the records store them (decision 013): audiences,
 * channels and states of the information plan, kinds of the communication log, channels of the
 * formal notice. Shared by server and browser; their texts are in ./messages.ts.
 */

export const audiences = ["neighbours", "cooperativeBoard", "school", "kindergarten", "localCouncil", "emergencyServices", "press", "everyone"] as const;
export type Audience = (typeof audiences)[number];

export const infoPlanChannels = ["letter", "meeting", "doorToDoor", "publicPage", "formalNotice"] as const;
export type InfoPlanChannel = (typeof infoPlanChannels)[number];

export const infoPlanStatuses = ["planned", "inProgress", "done", "cancelled"] as const;
export type InfoPlanStatus = (typeof infoPlanStatuses)[number];

/** A row in one of these states is never overdue. */
export const settledInfoPlanStatuses: readonly InfoPlanStatus[] = ["done", "cancelled"];

export const communicationKinds = ["letter", "meeting", "call", "email", "visit", "notice"] as const;
export type CommunicationKind = (typeof communicationKinds)[number];

export const noticeChannels = ["letter", "registeredLetter", "email", "handDelivered", "altinn"] as const;
export type NoticeChannel = (typeof noticeChannels)[number];

export const letterTemplateKeys = ["information", "meetingInvitation", "formalNotice"] as const;
export type LetterTemplateKey = (typeof letterTemplateKeys)[number];

export const addressSources = ["map", "upload"] as const;
export type AddressSource = (typeof addressSources)[number];
