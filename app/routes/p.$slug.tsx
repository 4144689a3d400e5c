/**
 * The public project page /p/:slug (decision 013): for everyone, published pages only (404
 * otherwise, members too), server-rendered without any script (`handle.hydrate = false`, read by
 * root.tsx), in bokmål and English (`?lng=en`). Its form posts here.
 */
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { PublicInquiryForm } from "../public-page/public-inquiry-form";
import { PublicOutcome } from "../public-page/public-outcome";
import { publicFormAction, publicPageLoader } from "../public-page/public-page-requests.server";
import { inLanguage } from "../public-page/public-content";
import { PublicView } from "../public-page/public-view";
import styles from "../public-page/public-page.css?url";

export const handle = { hydrate: false };

export const links = () => [{ rel: "stylesheet", href: styles }];

export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders, errorHeaders }) => {
  if (errorHeaders && [...errorHeaders.keys()].length > 0) return errorHeaders;
  if ([...actionHeaders.keys()].length > 0) return actionHeaders;
  return loaderHeaders;
};

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [{ title: pageTitle(matches, "publicPage.notFound.title") }, { name: "robots", content: "noindex" }];
  const root = matches.find((match) => match.id === "root")?.data as { lang?: string } | undefined;
  const { content, projectName, municipality } = data.view;
  const title = content.title.nb.trim() !== "" ? inLanguage(content.title, root?.lang ?? "nb").text : projectName;
  const description = inLanguage(content.whatAndWhy, root?.lang ?? "nb").text.slice(0, 160);
  return [{ title: `${title} – ${municipality}` }, { name: "description", content: description }];
};

export const loader = ({ request, params, context }: LoaderFunctionArgs) => publicPageLoader(context, request, params.slug);

export const action = ({ request, params, context }: ActionFunctionArgs) => publicFormAction(context, request, params.slug);

export default function PublicPageRoute() {
  const { view } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const title = view.content.title.nb || view.projectName;
  return (
    <main id="main" className="page public-main" tabIndex={-1}>
      {result && result.kind !== "invalid" ? (
        <PublicOutcome result={result} slug={view.slug} title={title} />
      ) : (
        <PublicView
          view={view}
          level={1}
          form={<PublicInquiryForm slug={view.slug} answerDays={view.answerDays} level={2} fields={result?.kind === "invalid" ? result.fields : undefined} values={result?.kind === "invalid" ? result.values : undefined} />}
        />
      )}
    </main>
  );
}

/** Unknown or unpublished: a plain "not found" for everyone, still without script. */
export function ErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="page public-main" tabIndex={-1}>
      <h1 className="ds-heading" data-size="lg">
        {notFound ? t("publicPage.notFound.title") : t("errors.genericTitle")}
      </h1>
      <p className="ds-paragraph">{notFound ? t("publicPage.notFound.text") : t("errors.generic")}</p>
    </main>
  );
}
