/**
 * One letter (decision 013): planners only. POST /projects/:id/neighbours/letters/:letterId with
 * `intent` saveLetter (blanks as `field.<name>`), markSent or deleteLetter.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { problemResponse } from "../http/problem";
import { pageTitle } from "../i18n/page-title";
import { listAddresses } from "../neighbours/address-store.server";
import { LetterEditor } from "../neighbours/letter-editor";
import { letterPermissions, parseLetterForm, type LetterInput } from "../neighbours/letter-input";
import { deleteLetter, letterProject, markLetterSent, readLetter, saveLetter } from "../neighbours/letter-store.server";
import { invalidInput } from "../neighbours/neighbour-input";
import { neighbourAction, type NeighbourActionSpec } from "../neighbours/neighbour-requests.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [{ title: pageTitle(matches, "neighbours.letters.title", data?.letter.title) }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project } = await requireMember(context, request, params.projectId, "neighbours:read");
  const letter = await readLetter(context.db, project.id, params.letterId ?? "");
  if (!letter) throw problemResponse({ code: "notFound", message: "Prosjektet har ikke det brevet.", messageEn: "This project has no such letter." });
  const [facts, addresses] = await Promise.all([letterProject(context.db, project.id), listAddresses(context.db, project.id)]);
  const first = addresses[0];
  return {
    projectId: project.id,
    letter,
    project: facts,
    addressCount: addresses.length,
    firstAddress: first ? { address: first.address, postcode: first.postcode, city: first.city, ownerName: first.ownerName } : null,
  };
}

export const action = ({ request, params, context }: ActionFunctionArgs) => {
  const letterId = params.letterId ?? "";
  const spec: NeighbourActionSpec<LetterInput> = {
    permissions: letterPermissions,
    parse: parseLetterForm,
    async apply({ db }, member, input) {
      switch (input.intent) {
        case "saveLetter":
          return saveLetter(db, member, { letterId, title: input.title, fields: input.fields });
        case "markSent":
          return markLetterSent(db, member, { letterId, ...input });
        case "deleteLetter":
          return deleteLetter(db, member, { letterId });
        case "createLetter":
          return { ok: false, problem: invalidInput({ intent: { message: "Lag nye brev på brevlisten.", messageEn: "Make new letters on the list of letters." } }) };
      }
    },
  };
  return neighbourAction(context, request, params.projectId, spec);
};

export default function LetterRoute() {
  const data = useLoaderData<typeof loader>();
  return <LetterEditor key={data.letter.id} data={data} />;
}
