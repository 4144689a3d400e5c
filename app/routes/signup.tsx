import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { createSession, getSessionUser, safeRedirect } from "../auth/session.server";
import { createUser, signupSchema, UsernameTakenError } from "../auth/users.server";
import { FormErrorSummary } from "../ui/error-summary";
import { fieldErrorsOf, submittedValues } from "../ui/form-errors";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "signup.title") }];

const fields = ["name", "username", "email"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getSessionUser(context.db, request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = submittedValues(form, fields);
  const parsed = signupSchema.safeParse({ ...values, password: form.get("password") ?? "" });
  if (!parsed.success) return data({ errors: fieldErrorsOf(parsed.error), values }, { status: 400 });
  try {
    const user = await createUser(context.db, parsed.data);
    context.logger.info({ userId: user.id }, "account created");
    const cookie = await createSession(context.db, user.id, request);
    return redirect(safeRedirect(form.get("redirectTo")), { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    if (error instanceof UsernameTakenError) {
      return data({ errors: { username: "errors.usernameTaken" }, values }, { status: 400 });
    }
    throw error;
  }
}

export default function Signup() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const redirectTo = params.get("redirectTo") ?? "/projects";
  const errors: Record<string, string> | undefined = result?.errors;
  const error = (field: string) => (errors?.[field] ? t(errors[field]) : undefined);
  return (
    <main id="main" className="page page--narrow" tabIndex={-1}>
      <Form method="post" className="stack" noValidate>
        <Heading level={1} data-size="lg">
          {t("signup.title")}
        </Heading>
        <FormErrorSummary errors={errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
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
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("signup.submit")}
          </Button>
        </div>
        <Paragraph>
          {t("signup.haveAccount")}{" "}
          <Link to={`/login?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("nav.signIn")}</Link>
        </Paragraph>
      </Form>
    </main>
  );
}
