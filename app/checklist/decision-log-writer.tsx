/**
 * Puts a debated item's decision into the project's decision log (decision 012): the planner's
 * browser opens the plan document as the overview does, adds the entry (the server stamps who
 * and when, decision 004), and reports its id so the checklist can link to it. Loaded only when
 * a planner asks for it, so the checklist page carries no sync code until then. It stays
 * connected afterwards, so the entry reaches the server even on a slow first sync.
 */
import { useEffect, useRef } from "react";
import { addDecision, readPhase } from "../decision-log/plan-document";
import type { Role } from "../permissions";
import { useSharedDocument } from "../sync/use-shared-document";
import { todayInOslo } from "../ui/format-time";

export default function DecisionLogWriter({
  projectId,
  self,
  entry,
  onWritten,
  onFailed,
}: {
  projectId: string;
  self: { id: string; name: string; role: Role };
  entry: { decision: string; basis: string };
  onWritten: (decisionLogId: string) => void;
  onFailed: (reason: "denied" | "invalid") => void;
}) {
  const shared = useSharedDocument(`project/${projectId}/plan`, self);
  const written = useRef(false);
  useEffect(() => {
    if (!shared || written.current) return;
    if (shared.status === "denied" || shared.readOnly) {
      written.current = true;
      onFailed("denied");
      return;
    }
    if (shared.status !== "connected" || !shared.loaded) return;
    written.current = true;
    try {
      const id = addDecision(shared.doc, { date: todayInOslo(), phase: readPhase(shared.doc), decision: entry.decision, decidedBy: self.name, basis: entry.basis });
      onWritten(id);
    } catch {
      onFailed("invalid");
    }
  }, [shared, entry, self.name, onWritten, onFailed]);
  return null;
}
