/**
 * A workshop on a participant's phone (decision 014): outside the project layout, light (no
 * Leaflet: its map is the vector map), live over the workshop's event stream. Opening it while the
 * workshop runs counts the person as in the room.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { pageTitle } from "../i18n/page-title";
import { PhonePage } from "../workshop-ui/phone-page";
import { workshopPhoneUrl } from "../workshop-ui/workshop-urls";
import { workshopAction, workshopLoader } from "../workshops/workshop-requests.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: pageTitle(matches, "workshopUi.title", data?.workshop.title) }];

export const loader = ({ request, params, context }: LoaderFunctionArgs) => workshopLoader(context, request, params.projectId, params.workshopId, "phone");

export const action = ({ request, params, context }: ActionFunctionArgs) => workshopAction(context, request, params.projectId, params.workshopId);

/**
 * An answer does not reload the page's data: the phone knows what it sent, and the count comes
 * on the event stream — so 40 phones answering at once do not cost 40 full reloads.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "answer" ? false : defaultShouldRevalidate;

export default function WorkshopPhoneRoute() {
  const data = useLoaderData<typeof loader>();
  return <PhonePage data={data} actionUrl={workshopPhoneUrl(data.workshop.projectId, data.workshop.id)} />;
}
