import { Button } from "@digdir/designsystemet-react";
import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "../i18n/config";

export function SiteHeader({ user, lang }: { user: { name: string } | null; lang: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="site-header__inner">
        <Link to={user ? "/projects" : "/"} className="site-header__brand">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.main")} className="site-header__nav">
          {user ? (
            <Link className="ds-link" to="/projects">
              {t("nav.projects")}
            </Link>
          ) : null}
          <Form method="post" action="/language" className="inline-form">
            <input type="hidden" name="redirectTo" value={here} />
            <input type="hidden" name="lng" value={lang === "nb" ? "en" : "nb"} />
            <Button type="submit" variant="tertiary" data-size="sm" lang={lang === "nb" ? "en" : "nb"}>
              {t("nav.switchLanguage")}
            </Button>
          </Form>
          {user ? (
            // The account's actions in a menu that works without JavaScript (details/summary), so
            // the header stays one row on a phone.
            <details className="account-menu">
              <summary className="account-menu__summary">
                <span className="account-menu__name">{user.name}</span>
                <span className="visually-hidden">{t("nav.accountMenu")}</span>
              </summary>
              <div className="account-menu__panel stack">
                <span className="site-header__user">{t("nav.signedInAs", { name: user.name })}</span>
                <Form method="post" action="/logout" className="inline-form">
                  <Button type="submit" variant="secondary" data-size="sm">
                    {t("nav.signOut")}
                  </Button>
                </Form>
                {/* A page that asks first: it ends the sessions of every browser, not only this one. */}
                <Link className="ds-link" to="/logout-everywhere">
                  {t("sessions.signOutEverywhere")}
                </Link>
              </div>
            </details>
          ) : (
            <Link className="ds-link" to="/login">
              {t("nav.signIn")}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
