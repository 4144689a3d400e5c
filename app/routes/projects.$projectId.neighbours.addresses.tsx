/**
 * Neighbours and addresses (decision 013), planners only: the neighbourhood of a site
 * (`?site=<id>&radius=<metres>`), the address list, and its actions
 * (POST /projects/:id/neighbours/addresses with an `intent`; the CSV as a multipart file `csv`).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { addressPermissions, parseAddressForm, radiusSchema, type AddressInput } from "../neighbours/address-input";
import { AddressesPage } from "../neighbours/addresses-page";
import { clearAddresses, deleteAllOwnerNames, deleteOwnerName, importAddresses, listAddresses, removeAddress, takeAddressesFromMap } from "../neighbours/address-store.server";
import { neighbourAction, type NeighbourActionSpec } from "../neighbours/neighbour-requests.server";
import { readNeighbourhood } from "../neighbours/neighbourhood.server";
import { defaultRadiusMetres } from "../neighbours/notice-radius";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "neighbours.addresses.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project } = await requireMember(context, request, params.projectId, "neighbours:read");
  const url = new URL(request.url);
  const radius = radiusSchema.safeParse(url.searchParams.get("radius") ?? undefined);
  const [neighbourhood, addresses] = await Promise.all([
    readNeighbourhood(context.db, project.id, { siteId: url.searchParams.get("site") ?? undefined, radiusMetres: radius.success ? radius.data : defaultRadiusMetres }),
    listAddresses(context.db, project.id),
  ]);
  return { projectId: project.id, neighbourhood, addresses };
}

const addressActions: NeighbourActionSpec<AddressInput> = {
  permissions: addressPermissions,
  textFiles: ["csv"],
  parse: parseAddressForm,
  apply({ db }, member, input) {
    switch (input.intent) {
      case "takeFromMap":
        return takeAddressesFromMap(db, member, input);
      case "importCsv":
        return importAddresses(db, member, input);
      case "removeAddress":
        return removeAddress(db, member, input);
      case "deleteOwnerName":
        return deleteOwnerName(db, member, input);
      case "deleteAllOwnerNames":
        return deleteAllOwnerNames(db, member);
      case "clearAddresses":
        return clearAddresses(db, member);
    }
  },
};

export const action = ({ request, params, context }: ActionFunctionArgs) => neighbourAction(context, request, params.projectId, addressActions);

export default function AddressesRoute() {
  const { projectId, neighbourhood, addresses } = useLoaderData<typeof loader>();
  return <AddressesPage projectId={projectId} neighbourhood={neighbourhood} addresses={addresses} />;
}
