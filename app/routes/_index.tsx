import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { getSessionUser } from "../auth/session.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "home.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getSessionUser(context.db, request)) throw redirect("/projects");
  return null;
}

export default function Home() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page stack" tabIndex={-1}>
      <Heading level={1} data-size="xl">
        {t("home.title")}
      </Heading>
      <Paragraph data-size="lg">{t("home.intro")}</Paragraph>
      <div className="row">
        <Link className="ds-button" data-variant="primary" to="/login">
          {t("nav.signIn")}
        </Link>
        <Link className="ds-button" data-variant="secondary" to="/signup">
          {t("nav.signUp")}
        </Link>
      </div>
    </main>
  );
}
