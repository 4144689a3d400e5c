/**
 * The residents' requests for help ("jeg vil gjerne snakke med noen om dette") no planner has
 * answered yet, oldest first, each with "Merk som besvart".
 */
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { homeQuery } from "./choice-matrix-table";
import { personText, whenText } from "./choice-text";
import type { HelpRequest } from "./choices-types";
import { useChoiceFetcher } from "./use-choice-fetcher";

export function HelpRequests({ requests, waitingOnly }: { requests: HelpRequest[]; waitingOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="stack choice-help" aria-labelledby="choice-help-heading">
      <Heading level={3} data-size="sm" id="choice-help-heading">
        {t("choices.help.title")} {requests.length > 0 ? `(${requests.length})` : ""}
      </Heading>
      {requests.length === 0 ? (
        <Paragraph className="muted">{t("choices.help.none")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("choices.help.intro")}</Paragraph>
          <ul className="choice-help__list" data-testid="help-requests">
            {requests.map((request) => (
              <HelpRequestItem key={request.id} request={request} waitingOnly={waitingOnly} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function HelpRequestItem({ request, waitingOnly }: { request: HelpRequest; waitingOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { fetcher, busy, formError } = useChoiceFetcher(`help:${request.id}`);
  const problem = formError([]);
  const about = request.categoryName ?? t("choices.help.general");
  return (
    <li className="choice-help__item">
      <div>
        <Link to={homeQuery(request.homeId, waitingOnly)} preventScrollReset className="ds-link">
          {request.categoryName ? t("choices.help.about", { home: request.homeName, category: request.categoryName }) : t("choices.help.aboutHome", { home: request.homeName })}
        </Link>
        <div className="muted">{t("choices.help.askedBy", { person: personText(t, request.askedBy), time: whenText(i18n.language, request.askedAt) })}</div>
        {request.message ? <blockquote className="choice-help__message">{request.message}</blockquote> : null}
      </div>
      <fetcher.Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="helpAnswered" />
        <input type="hidden" name="homeId" value={request.homeId} />
        <input type="hidden" name="categoryId" value={request.categoryId ?? ""} />
        <Button type="submit" variant="secondary" data-size="sm" disabled={busy} aria-label={t("choices.help.answerLabel", { home: request.homeName, category: about })}>
          {t("choices.help.answer")}
        </Button>
        {problem ? <span role="alert">{problem}</span> : null}
      </fetcher.Form>
    </li>
  );
}
