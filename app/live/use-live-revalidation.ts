/**
 * Keeps a page's loader data live (decision 012): the page's server records change, the server
 * sends a `changed` notice on the project's event stream of that topic, and the page reloads its
 * own loader data, filtered for this member on the server. A notice missed while offline costs
 * nothing: the page reloads whenever the stream (re)opens.
 */
import { useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * @example
 * useLiveRevalidation(`/projects/${projectId}/checklist/events`);
 */
export function useLiveRevalidation(eventsUrl: string): void {
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  useEffect(() => {
    let opened = false;
    const stream = new EventSource(eventsUrl);
    stream.onopen = () => {
      // The first open follows the page's own load; a reopen may have missed notices.
      if (opened) revalidate.current();
      opened = true;
    };
    stream.onmessage = () => revalidate.current();
    return () => stream.close();
  }, [eventsUrl]);
}
