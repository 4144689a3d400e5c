import { Alert, Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { createSession, getSessionUser } from "../auth/session.server";
import { createUser, signupSchema, UsernameTakenError } from "../auth/users.server";
import { acceptInvite, findOpenInvite } from "../members/members.server";
import { findMembership } from "../projects/projects.server";
import { FormErrorSummary } from "../ui/error-summary";
import { fieldErrorsOf, submittedValues } from "../ui/form-errors";

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

const fields = ["name", "username", "email"] as const;

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
  const values = submittedValues(form, fields);
  const parsed = signupSchema.safeParse({ ...values, password: form.get("password") ?? "" });
  if (!parsed.success) return data({ errors: fieldErrorsOf(parsed.error), values }, { status: 400 });
  try {
    const user = await createUser(context.db, parsed.data);
    await acceptInvite(context.db, invite, user.id);
    context.logger.info({ projectId: invite.projectId, userId: user.id, role: invite.role }, "invite accepted by new account");
    const cookie = await createSession(context.db, user.id, request);
    return redirect(`/projects/${invite.projectId}`, { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    if (error instanceof UsernameTakenError) {
      return data({ errors: { username: "errors.usernameTaken" }, values }, { status: 400 });
    }
    throw error;
  }
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
  const errors = result?.errors;
  const error = (field: string) => (errors && field in errors ? t((errors as Record<string, string>)[field]) : undefined);
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
            <Textfield
              label={t("signup.name")}
              description={t("signup.nameHelp")}
              name="name"
              id="name"
              autoComplete="nickname"
              defaultValue={result?.values.name}
              error={error("name")}
              required
            />
            <Textfield
              label={t("signup.username")}
              description={t("signup.usernameHelp")}
              name="username"
              id="username"
              autoComplete="username"
              autoCapitalize="none"
              defaultValue={result?.values.username}
              error={error("username")}
              required
            />
            <Textfield
              label={t("signup.email")}
              name="email"
              id="email"
              type="email"
              autoComplete="email"
              defaultValue={result?.values.email}
              error={error("email")}
            />
            <Textfield
              label={t("signup.password")}
              description={t("signup.passwordHelp")}
              name="password"
              id="password"
              type="password"
              autoComplete="new-password"
              error={error("password")}
              required
            />
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
