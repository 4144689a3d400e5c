import { useCallback, useEffect, useRef, useState } from "react";

export type CopyState = "idle" | "copied" | "selected";

/**
 * Copies text to the clipboard. Where the clipboard is refused (an insecure
 * origin such as a workshop laptop on plain http, or a denied permission) the
 * element showing the text is selected instead, so Ctrl+C copies it.
 *
 * @example
 * const { state, copy } = useCopyText();
 * <Button onClick={() => void copy(url, linkRef.current)}>Copy</Button>
 */
export function useCopyText(resetAfterMs = 4000): { state: CopyState; copy: (text: string, shownIn: HTMLElement | null) => Promise<void> } {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(
    async (text: string, shownIn: HTMLElement | null) => {
      clearTimeout(timer.current);
      try {
        if (!navigator.clipboard) throw new Error("the clipboard is not available on this page");
        await navigator.clipboard.writeText(text);
        setState("copied");
        timer.current = setTimeout(() => setState("idle"), resetAfterMs);
      } catch {
        if (shownIn) window.getSelection()?.selectAllChildren(shownIn);
        setState("selected");
      }
    },
    [resetAfterMs],
  );
  return { state, copy };
}
