/** The project's memos (decision 014): version, date, status, and "Lag beslutningsnotat" for planners. */
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import { MemoProjectAction } from "./memo-project-action";
import type { MemoSummary } from "./memo-store.server";

export function MemoListPage({ projectId, memos, mayWrite }: { projectId: string; memos: MemoSummary[]; mayWrite: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="stack" aria-labelledby="memo-list-title">
      <Heading level={2} data-size="md" id="memo-list-title">
        {t("memo.listTitle")}
      </Heading>
      <Paragraph>{t("memo.listIntro")}</Paragraph>
      {mayWrite ? <MemoProjectAction projectId={projectId} latest={null} /> : null}
      {memos.length === 0 ? (
        <Paragraph>{t("memo.none")}</Paragraph>
      ) : (
        <Table data-testid="memo-list">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("memo.column.version")}</Table.HeaderCell>
              <Table.HeaderCell>{t("memo.column.title")}</Table.HeaderCell>
              <Table.HeaderCell>{t("memo.column.date")}</Table.HeaderCell>
              <Table.HeaderCell>{t("memo.column.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {memos.map((memo) => (
              <Table.Row key={memo.id}>
                <Table.Cell>{memo.version}</Table.Cell>
                <Table.Cell>
                  <Link className="ds-link" to={`/projects/${projectId}/memos/${memo.id}`}>
                    {memo.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{formatDate(memo.createdAt, i18n.language)}</Table.Cell>
                <Table.Cell>{memo.issuedAt ? t("memo.issuedOn", { date: formatDate(memo.issuedAt, i18n.language) }) : t(`memo.status.${memo.status}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
