/** `/w`: type the join code shown on the shared screen (decision 014); it leads to `/w/<code>`. */
import { Heading } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, HeadersFunction, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientAddress } from "../auth/sign-in-limits.server";
import { pageTitle } from "../i18n/page-title";
import { JoinCodeForm, type JoinRefusal } from "../workshop-ui/join-forms";
import { lookUpCode } from "../workshops/guest-join.server";
import { joinPath, normaliseCode } from "../workshops/join-codes.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "workshops.join.codeTitle") }, { name: "robots", content: "noindex" }];

export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const typed = String(form.get("code") ?? "").slice(0, 40);
  const code = normaliseCode(typed);
  if (!code) return data({ refusal: { reason: "unknown" } as JoinRefusal, code: typed }, { status: 400 });
  const found = await lookUpCode(context.db, clientAddress(context), code);
  if (found.outcome === "throttled") {
    return data({ refusal: { reason: "throttled", seconds: found.retryAfterSeconds } as JoinRefusal, code: typed }, { status: 429, headers: { "Retry-After": String(found.retryAfterSeconds) } });
  }
  if (found.outcome === "notFound") return data({ refusal: { reason: "unknown" } as JoinRefusal, code: typed }, { status: 404 });
  return redirect(joinPath(code));
}

export default function JoinByCode() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  return (
    <main id="main" className="page page--narrow stack" tabIndex={-1}>
      <Heading level={1} data-size="lg">
        {t("workshops.join.codeTitle")}
      </Heading>
      <JoinCodeForm code={result?.code} refusal={result?.refusal} />
    </main>
  );
}
