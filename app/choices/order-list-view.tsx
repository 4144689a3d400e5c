/**
 * The order list as a clean printable page: the same rows as the CSV, a print button and the
 * download; in print only the title and the table remain (choices.css hides the app around it).
 */
import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format-time";

export function OrderListView({ projectId, projectName, table, generatedAt }: { projectId: string; projectName: string; table: { header: string[]; rows: string[][] }; generatedAt: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stack order-list-page" data-testid="order-list-page">
      <div className="row order-list__actions">
        <Link to={`/projects/${projectId}/choices`} className="ds-link">
          {t("choices.orderList.back")}
        </Link>
        <Button type="button" variant="primary" onClick={() => window.print()}>
          {t("choices.orderList.printButton")}
        </Button>
        <a href={`/projects/${projectId}/choices/order-list?format=csv`} className="ds-link" download>
          {t("choices.orderList.download")}
        </a>
      </div>
      <div>
        <Heading level={2} data-size="md" id="order-list-heading">
          {t("choices.orderList.title")}: {projectName}
        </Heading>
        <Paragraph>{t("choices.orderList.intro")}</Paragraph>
        <Paragraph className="muted">{t("choices.orderList.generated", { time: formatDateTime(generatedAt, i18n.language) })}</Paragraph>
      </div>
      <div className="table-wrap order-list__wrap" tabIndex={0} role="region" aria-labelledby="order-list-heading">
        <Table className="order-list" data-testid="order-list" border>
          <Table.Head>
            <Table.Row>
              {table.header.map((column) => (
                <Table.HeaderCell scope="col" key={column}>
                  {column}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {table.rows.map((row, index) => (
              <Table.Row key={index}>
                {row.map((value, column) =>
                  column === 0 ? (
                    <Table.HeaderCell scope="row" key={column}>
                      {value}
                    </Table.HeaderCell>
                  ) : (
                    <Table.Cell key={column}>{value}</Table.Cell>
                  ),
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
