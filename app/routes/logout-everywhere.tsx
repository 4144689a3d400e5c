/**
 * Sign out everywhere: every session of the user ends, and with them every sync socket and
 * event stream they opened, in every browser (decision 011). A confirmation first, a
 * confirmation after; the page after works signed out, since this session has ended too.
 */
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { endUserConnections } from "../auth/session-connections.server";
import { destroyAllSessions, destroySession, requireSession, requireUser } from "../auth/session.server";
import { pageTitle } from "../i18n/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "sessions.everywhere.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ended = new URL(request.url).searchParams.get("ended");
  if (ended !== null && /^\d{1,6}$/.test(ended)) return { state: "done" as const, ended: Number(ended) };
  await requireUser(context.db, request);
  return { state: "confirm" as const, ended: 0 };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireSession(context.db, request);
  const ended = await destroyAllSessions(context.db, user.id);
  endUserConnections(context, user.id);
  const { cookie } = await destroySession(context.db, request, context.config);
  context.logger.info({ userId: user.id, sessions: ended }, "signed out everywhere");
  return redirect(`/logout-everywhere?ended=${ended}`, { headers: { "Set-Cookie": cookie } });
}

export default function LogoutEverywhere() {
  const { t } = useTranslation();
  const { state, ended } = useLoaderData<typeof loader>();
  if (state === "done") {
    return (
      <main id="main" className="page page--narrow stack" tabIndex={-1}>
        <Heading level={1} data-size="lg">
          {t("sessions.everywhere.doneTitle")}
        </Heading>
        <Alert data-color="success" role="status">
          {t("sessions.everywhere.ended", { count: ended })}
        </Alert>
        <Paragraph>
          <Link to="/login">{t("sessions.everywhere.signInAgain")}</Link>
        </Paragraph>
      </main>
    );
  }
  return (
    <main id="main" className="page page--narrow" tabIndex={-1}>
      <Form method="post" className="stack">
        <Heading level={1} data-size="lg">
          {t("sessions.everywhere.title")}
        </Heading>
        <Paragraph>{t("sessions.everywhere.intro")}</Paragraph>
        <Paragraph>{t("sessions.everywhere.when")}</Paragraph>
        <div className="inline-form">
          <Button type="submit" data-color="danger">
            {t("sessions.everywhere.confirm")}
          </Button>{" "}
          <Link to="/projects">{t("sessions.everywhere.cancel")}</Link>
        </div>
      </Form>
    </main>
  );
}
