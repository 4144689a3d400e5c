/**
 * Calls `onSettled` once each time a fetcher's submission has finished (the server answered and
 * the page's data was reloaded), with what the action answered: to say "Lagret", show a refusal,
 * or clear a form. A fetcher's answer stays in `fetcher.data` until the next one; this fires on
 * the change to idle only.
 */
import { useEffect, useRef } from "react";
import type { MyHomeActionResult, MyHomeProblem } from "./my-home-types";

interface SettlingFetcher {
  state: "idle" | "loading" | "submitting";
  data?: MyHomeActionResult;
}

export function useSettled(fetcher: SettlingFetcher, onSettled: (result: MyHomeActionResult) => void): void {
  const previous = useRef(fetcher.state);
  const callback = useRef(onSettled);
  callback.current = onSettled;
  useEffect(() => {
    const was = previous.current;
    previous.current = fetcher.state;
    if (was !== "idle" && fetcher.state === "idle" && fetcher.data) callback.current(fetcher.data);
  }, [fetcher.state, fetcher.data]);
}

/** A refusal in the member's language. */
export function problemText(problem: MyHomeProblem, language: string): string {
  return language === "en" ? problem.messageEn : problem.message;
}
