import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-500.css";
import "@fontsource/inter/latin-600.css";
import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";
import "./styles/app.css";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useLocation,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useEffect, useRef } from "react";
import { getSessionUser } from "./auth/session.server";
import { useNonce } from "./csp-nonce";
import { i18nServer } from "./i18n/i18n.server";
import { fallbackLanguage, isLanguage } from "./i18n/config";
import { SiteHeader } from "./ui/site-header";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [lang, user] = await Promise.all([
    i18nServer.getLocale(request),
    getSessionUser(context.db, request),
  ]);
  return { lang: isLanguage(lang) ? lang : fallbackLanguage, user: user ? { name: user.name } : null };
}

export const meta: MetaFunction = () => [{ title: "Boplan" }];

export const links = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const lang = data?.lang ?? fallbackLanguage;
  const { i18n } = useTranslation();
  // Keep the client's i18next in step when the language changes without a reload.
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [i18n, lang]);
  useFocusMainOnNavigation();
  const nonce = useNonce();
  // A route with `handle = { hydrate: false }` (the public project page) is sent as plain HTML:
  // no scripts, no module preloads (decision 013).
  const hydrate = !useMatches().some((match) => (match.handle as { hydrate?: boolean } | undefined)?.hydrate === false);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteHeader user={data?.user ?? null} lang={lang} />
        {children}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

/** After a client-side page change, focus the new page's main content, as a full page load would start there. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: false });
  }, [pathname]);
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text] =
    status === 404
      ? [t("errors.notFoundTitle"), t("errors.notFound")]
      : status === 403
        ? [t("errors.forbiddenTitle"), t("errors.forbidden")]
        : [t("errors.genericTitle"), t("errors.generic")];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1 className="ds-heading" data-size="lg">
        {title}
      </h1>
      <p className="ds-paragraph">{text}</p>
      <p className="ds-paragraph">
        <a className="ds-link" href="/projects">
          {t("nav.projects")}
        </a>
      </p>
    </main>
  );
}
