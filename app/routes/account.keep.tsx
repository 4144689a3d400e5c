/**
 * "Behold kontoen din" (decision 014): a guest who joined a workshop with only an alias chooses
 * a username and a password, and the account becomes a regular one (`guest_accounts.kept_at`).
 * The alias stays the account's name; the role in the project stays what the code gave.
 */
import { Alert, Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "../auth/session.server";
import { pageTitle } from "../i18n/page-title";
import { FormErrorSummary } from "../ui/error-summary";
import { isUnkeptGuest, keepGuestAccount } from "../workshops/guest-join.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "workshops.keep.title") }, { name: "robots", content: "noindex" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(context.db, request);
  return data({ name: user.name, guest: await isUnkeptGuest(context.db, user.id) }, { headers: { "Cache-Control": "private, no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(context.db, request);
  const form = await request.formData();
  const username = String(form.get("username") ?? "").slice(0, 200);
  const kept = await keepGuestAccount(context.db, user.id, { username, password: String(form.get("password") ?? "").slice(0, 400) });
  if (!kept.ok) {
    const fields = kept.problem.fields ?? {};
    const errors: Record<string, string> = {};
    if (fields.username) errors.username = kept.problem.details?.usernameTaken === true ? "errors.usernameTaken" : "errors.usernameChars";
    if (fields.password) errors.password = "errors.passwordShort";
    if (Object.keys(errors).length === 0) errors.form = "workshops.keep.notGuest";
    return data({ kept: null, errors, username }, { status: kept.problem.code === "conflict" ? 409 : 400 });
  }
  context.logger.info({ userId: user.id }, "guest account kept");
  return data({ kept: kept.username, errors: {} as Record<string, string>, username: kept.username });
}

export default function KeepAccount() {
  const { t } = useTranslation();
  const { name, guest } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = result?.errors;
  const error = (field: string) => (errors?.[field] ? t(errors[field]) : undefined);
  return (
    <main id="main" className="page page--narrow stack" tabIndex={-1}>
      <Heading level={1} data-size="lg">
        {t("workshops.keep.title")}
      </Heading>
      {result?.kept ? (
        <Alert data-color="success" role="status">
          {t("workshops.keep.kept", { username: result.kept })}
        </Alert>
      ) : !guest ? (
        <Paragraph>{t("workshops.keep.notGuest")}</Paragraph>
      ) : (
        <Form method="post" className="stack" noValidate>
          <Paragraph>{t("workshops.keep.intro", { name })}</Paragraph>
          <FormErrorSummary errors={errors && Object.keys(errors).length > 0 ? errors : undefined} />
          <Textfield
            label={t("signup.username")}
            description={t("signup.usernameHelp")}
            name="username"
            id="username"
            autoComplete="username"
            autoCapitalize="none"
            defaultValue={result?.username}
            error={error("username")}
            required
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
              {t("workshops.keep.submit")}
            </Button>
          </div>
        </Form>
      )}
      <Paragraph>
        <Link to="/projects">{t("workshops.keep.back")}</Link>
      </Paragraph>
    </main>
  );
}
