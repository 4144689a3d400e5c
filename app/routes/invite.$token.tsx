import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { createSession, getSessionUser } from "../auth/session.server";
import { SignupFields } from "../auth/signup-fields";
import { signUpFromForm } from "../auth/signup.server";
import { acceptInvite, findOpenInvite } from "../members/members.server";
import { findMembership } from "../projects/projects.server";
import { FormErrorSummary } from "../ui/error-summary";

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle(matches, "invite.join") },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const invite = params.token ? await findOpenInvite(context.db, params.token) : null;
  if (!invite) return data({ invite: null, user: null }, { status: 410 });
  const user = await getSessionUser(context.db, request);
  if (user && (await findMembership(context.db, invite.projectId, user.id))) {
    throw redirect(`/projects/${invite.projectId}`);
  }
  return {
    invite: { projectName: invite.projectName, municipality: invite.municipality, role: invite.role },
    user: user ? { name: user.name } : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const invite = params.token ? await findOpenInvite(context.db, params.token) : null;
  if (!invite) return data({ errors: { form: "invite.invalid" }, values: {} as Record<string, string> }, { status: 410 });
  const form = await request.formData();
  const current = await getSessionUser(context.db, request);
  if (current) {
    await acceptInvite(context.db, invite, current.id);
    context.logger.info({ projectId: invite.projectId, userId: current.id, role: invite.role }, "invite accepted");
    return redirect(`/projects/${invite.projectId}`);
  }
  const result = await signUpFromForm(context.db, form);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  await acceptInvite(context.db, invite, result.user.id);
  context.logger.info({ projectId: invite.projectId, userId: result.user.id, role: invite.role }, "invite accepted by new account");
  const cookie = await createSession(context.db, result.user.id, request, context.config);
  return redirect(`/projects/${invite.projectId}`, { headers: { "Set-Cookie": cookie } });
}

export default function InvitePage() {
  const { t } = useTranslation();
  const { invite, user } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  const navigation = useNavigation();
  if (!invite) {
    return (
      <main id="main" className="page page--narrow stack" tabIndex={-1}>
        <Heading level={1} data-size="lg">
          {t("invite.invalidTitle")}
        </Heading>
        <Paragraph>{t("invite.invalid")}</Paragraph>
      </main>
    );
  }
  const role = t(`role.${invite.role}`);
  const errors: Record<string, string> | undefined = result?.errors;
  return (
    <main id="main" className="page page--narrow stack" tabIndex={-1}>
      <Heading level={1} data-size="lg">
        {t("invite.title", { project: invite.projectName })}
      </Heading>
      <Alert data-color="info">
        {t("invite.asRole", { project: invite.projectName, municipality: invite.municipality, role })}
      </Alert>
      {user ? (
        <Form method="post" className="stack">
          <Paragraph>{t("invite.signedInAs", { name: user.name })}</Paragraph>
          <div>
            <Button type="submit" disabled={navigation.state !== "idle"}>
              {t("invite.join")}
            </Button>
          </div>
        </Form>
      ) : (
        <>
          <Form method="post" className="stack" noValidate>
            <Heading level={2} data-size="sm">
              {t("invite.createAccount")}
            </Heading>
            <FormErrorSummary errors={errors} />
            <SignupFields values={result?.values} errors={errors} />
            <div>
              <Button type="submit" disabled={navigation.state !== "idle"}>
                {t("invite.join")}
              </Button>
            </div>
          </Form>
          <Paragraph>
            {t("invite.haveAccount")}{" "}
            <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}>{t("invite.signInToJoin")}</Link>
          </Paragraph>
        </>
      )}
    </main>
  );
}
