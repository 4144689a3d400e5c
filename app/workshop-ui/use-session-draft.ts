/**
 * A half-written answer or question kept in this tab's sessionStorage, so a reload or a dropout on
 * a phone does not lose it (decision 014). Read after hydration, so the server's render and the
 * browser's first one agree.
 */
import { useCallback, useEffect, useState } from "react";

function read<Value>(key: string, fallback: Value): Value {
  try {
    const stored = window.sessionStorage.getItem(key);
    return stored === null ? fallback : (JSON.parse(stored) as Value);
  } catch {
    return fallback;
  }
}

/**
 * @example
 * const [text, setText, clear] = useSessionDraft(`boplan:workshop:${id}:parking`, "");
 */
export function useSessionDraft<Value>(key: string, fallback: Value, isValid: (value: unknown) => value is Value = (value): value is Value => typeof value === typeof fallback): [Value, (value: Value) => void, () => void] {
  const [value, setValue] = useState<Value>(fallback);
  useEffect(() => {
    const stored = read<unknown>(key, fallback);
    setValue(isValid(stored) ? stored : fallback);
    // The fallback and the check are the caller's constants; only a new key reads again.
  }, [key]);
  const update = useCallback(
    (next: Value) => {
      setValue(next);
      try {
        window.sessionStorage.setItem(key, JSON.stringify(next));
      } catch {
        // A full or refused store: the draft lives as long as the page.
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    try {
      window.sessionStorage.removeItem(key);
    } catch {
      // Nothing kept.
    }
  }, [key]);
  return [value, update, clear];
}
