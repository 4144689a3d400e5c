/**
 * The planners' homes page (decision 012): the homes with their names, house types and
 * residents, and the house types. Only members who may manage homes open it; it stays live
 * over the project's choices event stream.
 */
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { homesPageAction, homesPageData } from "../homes/homes-page.server";
import { HomesTable } from "../homes/homes-table";
import { HomesTabs } from "../homes/homes-tabs";
import { HouseTypesPanel } from "../homes/house-types-panel";
import { pageTitle } from "../i18n/page-title";
import { useLiveRevalidation } from "../live/use-live-revalidation";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "homes.homes.title") }];

export const loader = ({ request, params, context }: LoaderFunctionArgs) => homesPageData(context, request, params.projectId);

export const action = ({ request, params, context }: ActionFunctionArgs) => homesPageAction(context, request, params.projectId);

export default function HomesPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  useLiveRevalidation(`/projects/${data.projectId}/choices/events`);
  return (
    <div className="stack">
      <HomesTabs projectId={data.projectId} />
      <section aria-labelledby="homes-heading" className="stack homes-section">
        <Heading level={2} data-size="md" id="homes-heading">
          {t("homes.homes.title")}
        </Heading>
        <Paragraph>{t("homes.homes.intro")}</Paragraph>
        <Paragraph className="homes-privacy" data-size="sm">
          {t("homes.homes.privacy")}
        </Paragraph>
        <Paragraph data-size="sm" className="muted">
          {data.residents.length === 0 ? t("homes.homes.noResidents") : t("homes.homes.oneHomeEach")}
        </Paragraph>
        <HomesTable data={data} />
      </section>
      <HouseTypesPanel houseTypes={data.houseTypes} />
    </div>
  );
}
