import { Link } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { DashboardChanges } from "./changes-loader.server";
import "./changes.css";

/** A project card's "3 nye siden sist" (with flags for the member and inquiries due), linking to what is new. */
export function DashboardChangesLine({ projectId, projectName, changes }: { projectId: string; projectName: string; changes: DashboardChanges }) {
  const { t } = useTranslation();
  const parts = [changes.newCount > 0 ? t("changes.dashboard.new", { count: changes.newCount }) : t("changes.dashboard.nothing")];
  if (changes.flagCount > 0) parts.push(t("changes.dashboard.flagged", { count: changes.flagCount }));
  if (changes.dueInquiries > 0) parts.push(t("changes.dashboard.dueInquiries", { count: changes.dueInquiries }));
  return (
    <p className="dashboard-changes" data-testid="dashboard-changes" data-new-count={changes.newCount} data-flag-count={changes.flagCount}>
      <Link href={`/projects/${projectId}/changes`} aria-label={`${parts.join(" · ")} – ${t("changes.dashboard.link", { name: projectName })}`}>
        {changes.newCount > 0 || changes.flagCount > 0 ? <strong>{parts.join(" · ")}</strong> : parts.join(" · ")}
      </Link>
    </p>
  );
}
