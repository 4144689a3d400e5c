/**
 * The planners' page of the residents' choices (issue 8, items 11–12): the matrix with its
 * filter, the requests for help, the chosen home's detail and the links to the order list. Kept
 * live: a resident's pick on their phone reloads this page's data (decision 012).
 */
import { Button, Checkbox, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Form, Link, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HomesTabs } from "../homes/homes-tabs";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { ChoiceMatrixTable, MatrixLegend } from "./choice-matrix-table";
import type { ChoiceMatrix, HistoryEntry } from "./choices-types";
import { HelpRequests } from "./help-requests";
import { HomeDetail } from "./home-detail";

export interface ChoicesPageProps {
  projectId: string;
  matrix: ChoiceMatrix;
  selectedHomeId: string | null;
  history: HistoryEntry[];
  waitingOnly: boolean;
}

export function ChoicesPage({ projectId, matrix, selectedHomeId, history, waitingOnly }: ChoicesPageProps) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/choices/events`);
  const total = matrix.homes.length;
  return (
    <div className="stack choices-page">
      <HomesTabs projectId={projectId} />
      <div className="stack choices-page__intro">
        <Heading level={2} data-size="md">
          {t("choices.heading")}
        </Heading>
        <Paragraph>{t("choices.intro")}</Paragraph>
        {matrix.categories.length > 0 ? (
          <Paragraph data-testid="homes-waiting">{matrix.homesWaiting > 0 ? t("choices.homesWaiting", { count: matrix.homesWaiting, total }) : t("choices.noneWaiting")}</Paragraph>
        ) : null}
        <div className="row">
          <Link to={`/projects/${projectId}/choices?view=order-list`} className="ds-link">
            {t("choices.orderList.print")}
          </Link>
          <a href={`/projects/${projectId}/choices/order-list?format=csv`} className="ds-link" download>
            {t("choices.orderList.download")}
          </a>
        </div>
      </div>
      {matrix.categories.length === 0 ? (
        <Paragraph>{t("choices.noCategories")}</Paragraph>
      ) : (
        <>
          <HelpRequests requests={matrix.helpRequests} waitingOnly={waitingOnly} />
          <WaitingFilter waitingOnly={waitingOnly} selectedHomeId={selectedHomeId} />
          {waitingOnly && matrix.homesWaiting === 0 ? <Paragraph>{t("choices.filter.noneWaiting")}</Paragraph> : null}
          <ChoiceMatrixTable matrix={matrix} selectedHomeId={selectedHomeId} waitingOnly={waitingOnly} />
          <MatrixLegend />
          {selectedHomeId ? <HomeDetail matrix={matrix} homeId={selectedHomeId} history={history} waitingOnly={waitingOnly} /> : null}
        </>
      )}
    </div>
  );
}

/** "Bare boliger som venter på valg": a GET form, applied on change (and by its button without script). */
function WaitingFilter({ waitingOnly, selectedHomeId }: { waitingOnly: boolean; selectedHomeId: string | null }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  return (
    <Form method="get" className="row choice-filter" preventScrollReset onChange={(event) => submit(event.currentTarget, { preventScrollReset: true, replace: true })}>
      {selectedHomeId ? <input type="hidden" name="home" value={selectedHomeId} /> : null}
      <Checkbox name="waiting" value="1" label={t("choices.filter.waitingOnly")} defaultChecked={waitingOnly} key={String(waitingOnly)} />
      <noscript>
        <Button type="submit" variant="secondary" data-size="sm">
          {t("choices.filter.apply")}
        </Button>
      </noscript>
    </Form>
  );
}
