/**
 * "Mitt hjem" (decision 012): a resident chooses the colours and materials of their own home,
 * on a phone first. The loader reads only the member's own home; every intent of the action is
 * guarded (`choices:chooseOwn`) and checked per home and per category by the store.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ClientActionFunctionArgs } from "@remix-run/react";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { ProblemError, type Problem } from "../http/problem";
import { pageTitle } from "../i18n/page-title";
import { en, nb } from "../my-home/messages";
import type { MyHomeActionResult } from "../my-home/my-home-types";
import { myHomeIntentSchema } from "../my-home/my-home-input.server";
import { MyHomePage } from "../my-home/my-home-page";
import { chooseOption, confirmChoice, readMyHome, requestHelp, toggleFavourite } from "../my-home/my-home-store.server";

const noStore = { "Cache-Control": "private, no-store" };

const notResidentProblem: Problem<"forbidden"> = {
  code: "forbidden",
  message: "Mitt hjem er for beboerne. Valgene til alle boligene finner du på siden for valg.",
  messageEn: "My home is for the residents. Every home's choices are on the choices page.",
};

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "myHome.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "choices:chooseOwn", notResidentProblem);
  const mine = await readMyHome(context.db, { projectId: project.id, userId: user.id, role });
  const requested = new URL(request.url).searchParams.get("category");
  return data(
    { projectId: project.id, mine, requestedCategoryId: mine?.categories.some((category) => category.id === requested) ? requested : null },
    { headers: noStore },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "choices:chooseOwn", notResidentProblem);
  const parsed = myHomeIntentSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.message === "tooLong");
    const problem: Problem = tooLong
      ? { code: "invalidInput", message: "Meldingen er for lang.", messageEn: "The message is too long.", fields: { message: "tooLong" } }
      : { code: "invalidInput", message: "Skjemaet mangler noe, eller noe i det er feil.", messageEn: "The form is missing something, or something in it is wrong." };
    return data({ ok: false as const, intent: null, error: problem }, { status: 400, headers: noStore });
  }
  const input = parsed.data;
  const member = { projectId: project.id, userId: user.id, role };
  try {
    const result = await perform(context.db, member, input);
    feedbackEvents.publish(project.id, "choices");
    return data({ ok: true as const, intent: input.intent, ...result }, { headers: noStore });
  } catch (error) {
    if (error instanceof ProblemError) {
      context.logger.info({ projectId: project.id, userId: user.id, intent: input.intent, code: error.problem.code }, "choice refused");
      return data({ ok: false as const, intent: input.intent, error: error.problem as Problem }, { status: error.status, headers: noStore });
    }
    throw error;
  }
}

async function perform(
  db: Parameters<typeof readMyHome>[0],
  member: Parameters<typeof readMyHome>[1],
  input: ReturnType<typeof myHomeIntentSchema.parse>,
): Promise<{ changed?: boolean; favourite?: boolean; helpRequestId?: string }> {
  switch (input.intent) {
    case "choose":
      return chooseOption(db, member, input);
    case "confirm":
      return confirmChoice(db, member, input);
    case "favourite":
      return toggleFavourite(db, member, input);
    case "help": {
      const { id } = await requestHelp(db, member, input);
      return { helpRequestId: id };
    }
  }
}

/**
 * A pick made on a weak mobile connection that does not reach the server is said in the
 * category ("Fikk ikke kontakt"), and the tile goes back, instead of the page turning into an
 * error page.
 */
export async function clientAction({ serverAction }: ClientActionFunctionArgs): Promise<MyHomeActionResult> {
  try {
    return await serverAction<MyHomeActionResult>();
  } catch (error) {
    if (error instanceof TypeError) {
      return { ok: false, intent: null, error: { code: "offline", message: nb.category.offline, messageEn: en.category.offline } };
    }
    throw error;
  }
}

export default function MyHomeRoute() {
  const { projectId, mine, requestedCategoryId } = useLoaderData<typeof loader>();
  return <MyHomePage projectId={projectId} mine={mine} requestedCategoryId={requestedCategoryId} />;
}
