import { useEffect, useState } from "react";

/**
 * The time now, renewed every `intervalMs` (for the agenda's timers). Null on the server's render
 * and the first one in the browser, so both render the same.
 *
 * @example
 * const now = useNow(1_000);
 */
export function useNow(intervalMs = 1_000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
