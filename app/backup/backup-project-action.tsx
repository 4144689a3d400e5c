/**
 * The link to a project's backup page, for the lead to place on the project overview (shown only
 * to members whose role may export: `may.exportBackup` in the project's loader data).
 *
 * @example
 * {may.exportBackup ? <BackupProjectAction projectId={project.id} /> : null}
 */
import { Paragraph } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function BackupProjectAction({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack backup-action">
      <div>
        <Link className="ds-button" data-variant="secondary" to={`/projects/${projectId}/backup`} aria-describedby="backup-action-help">
          {t("backup.action")}
        </Link>
      </div>
      <Paragraph data-size="sm" className="muted" id="backup-action-help">
        {t("backup.actionHelp")}
      </Paragraph>
    </div>
  );
}
