/**
 * `/w/<code>`: the QR code's address (decision 014). A member of the code's project goes
 * straight to the phone view; a signed-in account joins with the code's role; a guest gives an
 * alias and joins with the code's role. The role is the code's, never the form's.
 */
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getSessionUser, createSession } from "../auth/session.server";
import { clientAddress } from "../auth/sign-in-limits.server";
import { pageTitle } from "../i18n/page-title";
import { findMembership } from "../projects/projects.server";
import { JoinAsGuestForm, JoinRefusalAlert, JoinWithAccountForm, type JoinRefusal } from "../workshop-ui/join-forms";
import { joinAsGuest, joinAsMember, lookUpCode, type CodeLookup } from "../workshops/guest-join.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "workshops.join.title") }, { name: "robots", content: "noindex" }];

export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => (actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders);

const phonePath = (projectId: string, workshopId: string) => `/projects/${projectId}/workshops/${workshopId}/phone`;

function refusalOf(found: Exclude<CodeLookup, { outcome: "found" }>) {
  const refusal: JoinRefusal = found.outcome === "throttled" ? { reason: "throttled", seconds: found.retryAfterSeconds } : { reason: "gone" };
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (found.outcome === "throttled") headers["Retry-After"] = String(found.retryAfterSeconds);
  const init: ResponseInit = { status: found.outcome === "throttled" ? 429 : 410, headers };
  return data({ refusal, join: null, user: null, alias: "", aliasError: false }, init);
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const found = await lookUpCode(context.db, clientAddress(context), params.code ?? "");
  if (found.outcome !== "found") return refusalOf(found);
  const { code } = found;
  const user = await getSessionUser(context.db, request);
  if (user && (await findMembership(context.db, code.projectId, user.id))) throw redirect(phonePath(code.projectId, code.workshopId));
  return data(
    { refusal: null, join: { workshop: code.workshopTitle, project: code.projectName, role: code.role }, user: user ? { name: user.name } : null, alias: "", aliasError: false },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const found = await lookUpCode(context.db, clientAddress(context), params.code ?? "");
  if (found.outcome !== "found") return refusalOf(found);
  const { code } = found;
  const form = await request.formData();
  const user = await getSessionUser(context.db, request);
  if (user) {
    const joined = await joinAsMember(context.db, code, user.id);
    context.logger.info({ projectId: code.projectId, workshopId: code.workshopId, role: code.role }, "joined a workshop by code");
    return redirect(phonePath(joined.projectId, joined.workshopId));
  }
  const alias = String(form.get("alias") ?? "").slice(0, 200);
  const joined = await joinAsGuest(context.db, code, { alias });
  if (!joined.ok) {
    return data({ refusal: null, join: { workshop: code.workshopTitle, project: code.projectName, role: code.role }, user: null, alias, aliasError: true }, { status: 400 });
  }
  context.logger.info({ projectId: code.projectId, workshopId: code.workshopId, role: code.role }, "guest joined a workshop");
  const cookie = await createSession(context.db, joined.userId, request, context.config);
  return redirect(phonePath(joined.projectId, joined.workshopId), { headers: { "Set-Cookie": cookie } });
}

export default function JoinWorkshop() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const location = useLocation();
  const page = acted ?? loaded;
  return (
    <main id="main" className="page page--narrow stack" tabIndex={-1}>
      <Heading level={1} data-size="lg">
        {t("workshops.join.title")}
      </Heading>
      <JoinRefusalAlert refusal={page.refusal} />
      {page.join ? (
        <>
          <Alert data-color="info">
            <Paragraph>{t("workshops.join.workshop", { workshop: page.join.workshop, project: page.join.project })}</Paragraph>
            <Paragraph>{t("workshops.join.asRole", { role: t(`role.${page.join.role}`).toLocaleLowerCase() })}</Paragraph>
          </Alert>
          {loaded.user ? (
            <JoinWithAccountForm name={loaded.user.name} />
          ) : (
            <JoinAsGuestForm alias={page.alias} aliasError={page.aliasError} signInHref={`/login?redirectTo=${encodeURIComponent(location.pathname)}`} />
          )}
        </>
      ) : null}
    </main>
  );
}
