/**
 * The public page as everyone would see it, published or not, for the members who edit it
 * (decision 013, `publicPage:edit`). Inside the project's layout, so its headings start at level 2;
 * its form sends nothing.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../auth/guards.server";
import { pageTitle } from "../i18n/page-title";
import { PublicInquiryForm } from "../public-page/public-inquiry-form";
import { readPreview } from "../public-page/public-page-store.server";
import { PublicView } from "../public-page/public-view";
import styles from "../public-page/public-page.css?url";

export const links = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "publicPage.title") }, { name: "robots", content: "noindex" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "publicPage:edit");
  const view = await readPreview(context.db, { projectId: project.id, userId: user.id, role });
  return data({ projectId: project.id, view }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function PublicPagePreviewRoute() {
  const { t } = useTranslation();
  const { projectId, view } = useLoaderData<typeof loader>();
  const back = (
    <p>
      <Link className="ds-link" to={`/projects/${projectId}/public-page`}>
        {t("publicPage.preview.back")}
      </Link>
    </p>
  );
  if (!view) {
    return (
      <div className="stack">
        <p className="ds-paragraph">{t("publicPage.preview.notSaved")}</p>
        {back}
      </div>
    );
  }
  return (
    <div className="stack public-main">
      <p className="ds-paragraph public-preview-banner" role="note">
        {t("publicPage.preview.banner")}
      </p>
      {back}
      <PublicView view={view} level={2} preview form={<PublicInquiryForm slug={view.slug} answerDays={view.answerDays} level={3} disabled />} />
    </div>
  );
}
