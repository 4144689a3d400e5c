import type { ReactNode } from "react";

/** Comments and agency ratings of the project's sites, live. (Stub: filled in by the feedback work.) */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

/** Ratings and comments of the selected site, in the side panel. */
export function FeedbackPanel() {
  return null;
}
