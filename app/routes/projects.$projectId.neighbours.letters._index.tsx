/** The project's letters (decision 013): planners only; POST with `intent=createLetter`. */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { letterPermissions, parseLetterForm, type LetterInput } from "../neighbours/letter-input";
import { createLetter, listLetters } from "../neighbours/letter-store.server";
import { LettersPage } from "../neighbours/letters-page";
import { neighbourAction, type NeighbourActionSpec } from "../neighbours/neighbour-requests.server";
import { invalidInput } from "../neighbours/neighbour-input";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "neighbours.letters.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project } = await requireMember(context, request, params.projectId, "neighbours:read");
  return { projectId: project.id, letters: await listLetters(context.db, project.id) };
}

const createActions: NeighbourActionSpec<LetterInput> = {
  permissions: letterPermissions,
  parse: parseLetterForm,
  async apply({ db }, member, input) {
    if (input.intent !== "createLetter") return { ok: false, problem: invalidInput({ intent: { message: "Her kan du bare lage et nytt brev.", messageEn: "Here you can only make a new letter." } }) };
    return createLetter(db, member, input);
  },
};

export const action = ({ request, params, context }: ActionFunctionArgs) => neighbourAction(context, request, params.projectId, createActions);

export default function LettersRoute() {
  const { projectId, letters } = useLoaderData<typeof loader>();
  return <LettersPage projectId={projectId} letters={letters} />;
}
