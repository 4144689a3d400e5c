import { useCallback, useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import { createSiteUndoManager } from "./site-document";

export interface SiteHistory {
  /** Pass with every edit this member makes to the sites, so only those are undone. */
  origin: object;
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
  /** Starts a new undo step (a new drag, a saved form), so it is not merged with the last one. */
  newStep(): void;
}

/** Fields where Ctrl+Z belongs to the text being typed, not to the map. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit", "reset", "range", "color"].includes(target.type);
}

/**
 * This member's undo and redo of their own site edits in the plan document,
 * with Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) when focus is not in a text field.
 *
 * @example
 * const history = useSiteUndo(doc, editable);
 * updateSite(doc, id, { name }, history.origin);
 * <Button disabled={!history.canUndo} onClick={history.undo}>Angre</Button>
 */
export function useSiteUndo(doc: Y.Doc | undefined, enabled: boolean): SiteHistory {
  // One origin per document: a new document (reconnected with a new role) starts a new history.
  const origin = useMemo(() => ({ siteEditsOf: doc?.clientID ?? 0 }), [doc]);
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ undo: 0, redo: 0 });

  useEffect(() => {
    if (!doc || !enabled) return;
    const history = createSiteUndoManager(doc, origin);
    // Steps end at newStep() (a drag starts, a form is saved), never by time: a slow drag (a busy
    // machine, frames far apart) stays one step, so one undo takes back the whole gesture.
    history.captureTimeout = Number.POSITIVE_INFINITY;
    const refresh = () => setStacks({ undo: history.undoStack.length, redo: history.redoStack.length });
    history.on("stack-item-added", refresh);
    history.on("stack-item-popped", refresh);
    history.on("stack-cleared", refresh);
    setManager(history);
    refresh();
    return () => {
      history.destroy();
      setManager(null);
      setStacks({ undo: 0, redo: 0 });
    };
  }, [doc, enabled, origin]);

  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  const newStep = useCallback(() => manager?.stopCapturing(), [manager]);

  useEffect(() => {
    if (!manager) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) manager.undo();
      else if ((key === "z" && event.shiftKey) || key === "y") manager.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [manager]);

  return { origin, canUndo: stacks.undo > 0, canRedo: stacks.redo > 0, undo, redo, newStep };
}
