import { useCallback, useRef, useState } from "react";

/** A form's values as one text, to tell whether the person has typed since it was sent. */
function formText(form: HTMLFormElement): string {
  return JSON.stringify([...new FormData(form).entries()].map(([name, value]) => [name, String(value)]));
}

/**
 * Empties a form once what it sent is saved, but only if nothing was typed into it since: the
 * answer can come after a live reload already showed the new item, and a facilitator who
 * started on the next one must not lose it.
 *
 * @example
 * const clear = useClearAfterSave();
 * <form key={clear.key} ref={clear.ref} onSubmit={() => clear.sent()}>…</form>
 * useWorkshopAction(url, { onDone: clear.saved });
 */
export function useClearAfterSave() {
  const ref = useRef<HTMLFormElement>(null);
  const sentText = useRef<string | null>(null);
  const [key, setKey] = useState(0);
  const sent = useCallback(() => {
    sentText.current = ref.current ? formText(ref.current) : null;
  }, []);
  const saved = useCallback(() => {
    if (ref.current && sentText.current !== null && formText(ref.current) === sentText.current) setKey((value) => value + 1);
    sentText.current = null;
  }, []);
  return { ref, key, sent, saved };
}
