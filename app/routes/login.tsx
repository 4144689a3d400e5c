import { Button, Heading, Paragraph, Textfield, Alert } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { clientAddress, signInLimiterFor } from "../auth/sign-in-limits.server";
import { safeRedirect } from "../auth/safe-redirect";
import { createSession, getSessionUser } from "../auth/session.server";
import { authenticate } from "../auth/users.server";
import { textProblem } from "../ui/text-input";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "login.title") }];

// Pass Retry-After from a throttled attempt on to the browser.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getSessionUser(context.db, request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const username = String(form.get("username") ?? "").trim().toLowerCase();
  const password = String(form.get("password") ?? "");
  // Nothing was guessed: no password check, nothing to count.
  // No account has a name the database could not hold (NUL, lone surrogates):
  // a plain failed sign-in, before the limits or the database see it.
  if (!username || !password || textProblem(username)) {
    return data({ error: "failed" as const, seconds: 0, username: textProblem(username) ? "" : username }, { status: 401 });
  }
  const address = clientAddress(context);
  const result = await signInLimiterFor(context.db).attempt(address, username, () =>
    authenticate(context.db, username, password),
  );
  if (result.outcome === "throttled") {
    context.logger.warn({ username, address }, "sign-in throttled");
    return data(
      { error: "throttled" as const, seconds: result.retryAfterSeconds, username },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  if (result.outcome === "failed") return data({ error: "failed" as const, seconds: 0, username }, { status: 401 });
  const { user } = result;
  const cookie = await createSession(context.db, user.id, request, context.config);
  return redirect(safeRedirect(form.get("redirectTo")), { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const redirectTo = params.get("redirectTo") ?? "/projects";
  return (
    <main id="main" className="page page--narrow" tabIndex={-1}>
      <Form method="post" className="stack">
        <Heading level={1} data-size="lg">
          {t("login.title")}
        </Heading>
        {result ? (
          <Alert data-color="danger" role="alert">
            {result.error === "throttled" ? t("login.throttled", { seconds: result.seconds }) : t("login.failed")}
          </Alert>
        ) : null}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Textfield
          label={t("login.username")}
          name="username"
          id="username"
          autoComplete="username"
          autoCapitalize="none"
          required
          defaultValue={result?.username}
        />
        <Textfield
          label={t("login.password")}
          name="password"
          id="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <div>
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("login.submit")}
          </Button>
        </div>
        <Paragraph>
          {t("login.noAccount")}{" "}
          <Link to={`/signup?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("nav.signUp")}</Link>
        </Paragraph>
      </Form>
    </main>
  );
}
