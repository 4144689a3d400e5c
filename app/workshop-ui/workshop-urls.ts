/** The workshop pages' addresses, in one place (decision 014). */

/** @example workshopsUrl("p1") // "/projects/p1/workshops" */
export const workshopsUrl = (projectId: string) => `/projects/${projectId}/workshops`;

/** The facilitator's console (and the summary for the others). */
export const workshopUrl = (projectId: string, workshopId: string) => `${workshopsUrl(projectId)}/${workshopId}`;

export const workshopScreenUrl = (projectId: string, workshopId: string) => `${workshopUrl(projectId, workshopId)}/screen`;

export const workshopPhoneUrl = (projectId: string, workshopId: string) => `${workshopUrl(projectId, workshopId)}/phone`;

export const workshopEventsUrl = (projectId: string, workshopId: string) => `${workshopUrl(projectId, workshopId)}/events`;

/** Where the minutes of an ended workshop are: its activity in the participation log. */
export const workshopMinutesUrl = (projectId: string, activityId: string) => `/projects/${projectId}/participation#activity-${activityId}`;
