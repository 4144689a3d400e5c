/**
 * /projects/:id/choices: the planners' matrix of every home's choices, the requests for help, one
 * home in detail (`?home=`), only the homes still waiting (`?waiting=1`), and the order list to
 * print (`?view=order-list`, where /choices/order-list leads). Planners only: `choices:readAll`
 * to look, `choices:withResident` for every write. Decision 012.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ChoicesPage } from "../choices/choices-page";
import { choicesAction, loadChoicesPage } from "../choices/choices-route.server";
import { OrderListView } from "../choices/order-list-view";
import { pageTitle } from "../i18n/page-title";
import "../choices/choices.css";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: pageTitle(matches, data?.view === "orderList" ? "choices.orderList.title" : "choices.title") }];

export const loader = ({ request, params, context }: LoaderFunctionArgs) => loadChoicesPage(context, request, params.projectId);

export const action = ({ request, params, context }: ActionFunctionArgs) => choicesAction(context, request, params.projectId);

export default function Choices() {
  const page = useLoaderData<typeof loader>();
  if (page.view === "orderList") return <OrderListView projectId={page.projectId} projectName={page.projectName} table={page.table} generatedAt={page.generatedAt} />;
  return <ChoicesPage projectId={page.projectId} matrix={page.matrix} selectedHomeId={page.selectedHomeId} history={page.history} waitingOnly={page.waitingOnly} />;
}
