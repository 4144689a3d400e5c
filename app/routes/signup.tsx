import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { safeRedirect } from "../auth/safe-redirect";
import { createSession, getSessionUser } from "../auth/session.server";
import { SignupFields } from "../auth/signup-fields";
import { signUpFromForm } from "../auth/signup.server";
import { FormErrorSummary } from "../ui/error-summary";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "signup.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getSessionUser(context.db, request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const result = await signUpFromForm(context.db, form);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  context.logger.info({ userId: result.user.id }, "account created");
  const cookie = await createSession(context.db, result.user.id, request, context.config);
  return redirect(safeRedirect(form.get("redirectTo")), { headers: { "Set-Cookie": cookie } });
}

export default function Signup() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const redirectTo = params.get("redirectTo") ?? "/projects";
  return (
    <main id="main" className="page page--narrow" tabIndex={-1}>
      <Form method="post" className="stack" noValidate>
        <Heading level={1} data-size="lg">
          {t("signup.title")}
        </Heading>
        <FormErrorSummary errors={result?.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <SignupFields values={result?.values} errors={result?.errors} />
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
