/**
 * The backup page for planners (decision 014): what the archive holds and leaves out, a word on
 * the personal data in it, and the download. The download is a plain link to a resource route,
 * so it works without JavaScript and the browser shows its own progress.
 */
import { Heading, List, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

const holds = ["project", "checklist", "homes", "people", "workshops", "members"] as const;
const leftOut = ["passwords", "links", "installation"] as const;

export function BackupPage({ projectId, fileName }: { projectId: string; fileName: string }) {
  const { t } = useTranslation();
  return (
    <section className="stack backup-page" aria-labelledby="backup-title">
      <Heading level={2} data-size="md" id="backup-title">
        {t("backup.title")}
      </Heading>
      <Paragraph>{t("backup.intro")}</Paragraph>
      <Heading level={3} data-size="xs">
        {t("backup.holdsHeading")}
      </Heading>
      <List.Unordered>
        {holds.map((key) => (
          <List.Item key={key}>{t(`backup.holds.${key}`)}</List.Item>
        ))}
      </List.Unordered>
      <Heading level={3} data-size="xs">
        {t("backup.leftOutHeading")}
      </Heading>
      <List.Unordered>
        {leftOut.map((key) => (
          <List.Item key={key}>{t(`backup.leftOut.${key}`)}</List.Item>
        ))}
      </List.Unordered>
      <Paragraph>{t("backup.privacy")}</Paragraph>
      <div className="stack">
        <div>
          <a className="ds-button" data-variant="primary" href={`/projects/${projectId}/backup/download`} download={fileName} aria-describedby="backup-file-name">
            {t("backup.download")}
          </a>
        </div>
        <Paragraph data-size="sm" className="muted" id="backup-file-name">
          {t("backup.downloadHelp", { fileName })}
        </Paragraph>
      </div>
    </section>
  );
}
