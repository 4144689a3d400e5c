/**
 * The catalogue of colours and materials (decision 012): every member may look at it, planners
 * set it up (categories, options, the standard, dates, photos). Live over the project's choices
 * event stream.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { cataloguePageAction, cataloguePageData } from "../homes/catalogue-page.server";
import { CatalogueView } from "../homes/catalogue-view";
import { HomesTabs } from "../homes/homes-tabs";
import { pageTitle } from "../i18n/page-title";
import { useLiveRevalidation } from "../live/use-live-revalidation";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "homes.catalogue.title") }];

export const loader = ({ request, params, context }: LoaderFunctionArgs) => cataloguePageData(context, request, params.projectId);

export const action = ({ request, params, context }: ActionFunctionArgs) => cataloguePageAction(context, request, params.projectId);

export default function CataloguePage() {
  const data = useLoaderData<typeof loader>();
  useLiveRevalidation(`/projects/${data.projectId}/choices/events`);
  return (
    <div className="stack">
      <HomesTabs projectId={data.projectId} />
      <CatalogueView data={data} />
    </div>
  );
}
