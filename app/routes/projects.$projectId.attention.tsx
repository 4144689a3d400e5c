/**
 * Attention flags (decision 013): GET lists the open flags this member sees (planners every
 * role's, others their own; `?subjectKind=…&subjectId=…` one record's, for the flag button);
 * POST adds (planners) or clears one (app/changes/attention-requests.server.ts).
 */
import { Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attentionAction, loadAttention } from "../changes/attention-requests.server";
import { FlagList } from "../changes/flag-list";
import { pageTitle } from "../i18n/page-title";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import "../changes/changes.css";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "changes.attention.title") }];

export const loader = ({ request, params, context }: LoaderFunctionArgs) => loadAttention(context, request, params.projectId);

export const action = ({ request, params, context }: ActionFunctionArgs) => attentionAction(context, request, params.projectId);

export default function AttentionRoute() {
  const { t } = useTranslation();
  const { projectId, flags, mayFlag } = useLoaderData<typeof loader>();
  useLiveRevalidation(`/projects/${projectId}/attention/events`);
  return (
    <section className="stack" aria-labelledby="attention-title">
      <h2 id="attention-title" className="ds-heading" data-size="md">
        {t("changes.attention.title")}
      </h2>
      <Paragraph>{t("changes.attention.intro")}</Paragraph>
      {flags.length === 0 ? <Paragraph>{t("changes.attention.empty")}</Paragraph> : <FlagList projectId={projectId} flags={flags} showRole={mayFlag} />}
    </section>
  );
}
