/**
 * The public project page as everyone sees it (decision 013): what is built and why, the chosen
 * site drawn from its geometry, the timeline with the current phase, dated updates, meetings
 * ahead, the FAQ, answers to neighbours' questions, the contact, and the inquiry form. Plain
 * HTML with the design system's classes: the route sends no script, so nothing here may need one
 * (Designsystemet's React fields link their labels by script; these link by `id`).
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { phases } from "../projects/vocabulary";
import { formatDate } from "../ui/format-time";
import type { Bilingual } from "./public-content";
import { inLanguage } from "./public-content";
import type { PublicView as PublicViewData } from "./public-page-types";
import { centreOf, SiteSketch } from "./site-sketch";

type Level = 1 | 2 | 3 | 4 | 5 | 6;

function Heading({ level, id, size, children }: { level: number; id?: string; size: "xl" | "lg" | "md" | "sm" | "xs"; children: ReactNode }) {
  const Tag = `h${Math.min(level, 6) as Level}` as const;
  return (
    <Tag className="ds-heading" data-size={size} id={id}>
      {children}
    </Tag>
  );
}

/** A planner's text in the reader's language, marked `lang="nb"` on the English page where it has no English. */
function Localized({ text, as = "span", className }: { text: Bilingual; as?: "span" | "p"; className?: string }) {
  const { i18n } = useTranslation();
  const shown = inLanguage(text, i18n.language);
  const Tag = as;
  return (
    <Tag className={className} lang={shown.lang !== i18n.language ? shown.lang : undefined}>
      {shown.text}
    </Tag>
  );
}

/** Text a neighbour or a planner wrote in one language only; on the English page it is marked as bokmål. */
function Written({ text, as: Tag = "p", className }: { text: string; as?: "p" | "span"; className?: string }) {
  const { i18n } = useTranslation();
  return (
    <Tag className={className} lang={i18n.language === "en" ? "nb" : undefined}>
      {text}
    </Tag>
  );
}

function LanguageLinks({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t("publicPage.view.languages")} className="public-languages">
      <ul>
        {(["nb", "en"] as const).map((language) => (
          <li key={language}>
            <a className="ds-link" href={`/p/${slug}?lng=${language}`} hrefLang={language} lang={language} aria-current={i18n.language === language ? "page" : undefined}>
              {t(language === "nb" ? "publicPage.view.norwegian" : "publicPage.view.english")}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Where({ view, level }: { view: PublicViewData; level: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="public-where" className="public-section">
      <Heading level={level} id="public-where" size="md">
        {t("publicPage.view.where")}
      </Heading>
      {view.chosenSites.length === 0 ? (
        <p className="ds-paragraph">{t("publicPage.view.siteNotChosen")}</p>
      ) : (
        view.chosenSites.map((site) => {
          const [lon, lat] = centreOf(site.geometry).map((value) => Number(value.toFixed(5)));
          return (
            <div key={site.name} className="public-site" data-testid="public-site">
              <SiteSketch name={site.name} geometry={site.geometry} />
              <div className="public-site__text">
                <p className="ds-paragraph public-site__name">{site.name}</p>
                <p className="ds-paragraph">
                  <a className="ds-link" href={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`} rel="noopener noreferrer">
                    {t("publicPage.view.openMap")}
                    <span className="visually-hidden"> {t("publicPage.view.openMapLabel", { name: site.name })}</span>
                  </a>
                </p>
              </div>
            </div>
          );
        })
      )}
    </section>
  );
}

function Timeline({ view, level }: { view: PublicViewData; level: number }) {
  const { t, i18n } = useTranslation();
  const current = phases.indexOf(view.phase);
  return (
    <section aria-labelledby="public-timeline" className="public-section">
      <Heading level={level} id="public-timeline" size="md">
        {t("publicPage.view.timeline")}
      </Heading>
      <p className="ds-paragraph">{t("publicPage.view.timelineHelp")}</p>
      <ol className="public-timeline" data-testid="public-timeline">
        {phases.map((phase, index) => {
          const decided = view.decisions.filter((decision) => decision.phase === phase && (phase === "political" || phase === "decision"));
          const state = index < current ? "done" : index === current ? "current" : "ahead";
          return (
            <li key={phase} data-state={state} aria-current={state === "current" ? "step" : undefined}>
              <span className="public-timeline__phase">{t(`phase.${phase}`)}</span>
              {state === "current" ? <span className="public-timeline__now"> ({t("publicPage.view.now")})</span> : null}
              {state === "done" ? <span className="visually-hidden"> ({t("publicPage.view.done")})</span> : null}
              {decided.map((decision) => (
                <span key={decision.date} className="public-timeline__date">
                  {t("publicPage.view.decided", { date: formatDate(decision.date, i18n.language) })}
                </span>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * @example
 * <PublicView view={view} level={1} form={<PublicInquiryForm … />} />
 */
export function PublicView({ view, level, form, preview = false }: { view: PublicViewData; level: number; form: ReactNode; preview?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const title = view.content.title.nb.trim() !== "" ? view.content.title : { nb: view.projectName, en: "" };
  const { contact } = view.content;
  const sub = level + 1;
  return (
    <article className="public-page stack" aria-labelledby="public-title">
      <header className="stack public-page__head">
        {preview ? null : <LanguageLinks slug={view.slug} />}
        <Heading level={level} id="public-title" size="xl">
          <Localized text={title} />
        </Heading>
        <p className="ds-paragraph public-page__facts">
          {t("publicPage.view.facts", { count: view.homeCount, housingForm: t(`housingForm.${view.housingForm}`).toLowerCase(), municipality: view.municipality })}
        </p>
      </header>

      <section aria-labelledby="public-what" className="public-section">
        <Heading level={sub} id="public-what" size="md">
          {t("publicPage.view.whatAndWhy")}
        </Heading>
        <Localized as="p" text={view.content.whatAndWhy} className="ds-paragraph public-text" />
      </section>

      <Where view={view} level={sub} />

      <section aria-labelledby="public-updates" className="public-section">
        <Heading level={sub} id="public-updates" size="md">
          {t("publicPage.view.updates")}
        </Heading>
        {view.updates.length === 0 ? (
          <p className="ds-paragraph">{t("publicPage.view.noUpdates")}</p>
        ) : (
          <ul className="public-list">
            {view.updates.map((update) => (
              <li key={update.id}>
                <Heading level={sub + 1} size="xs">
                  <Written as="span" text={update.title} />
                </Heading>
                <p className="ds-paragraph public-date">{formatDate(update.date, language)}</p>
                <Written text={update.body} className="ds-paragraph public-text" />
              </li>
            ))}
          </ul>
        )}
      </section>

      <Timeline view={view} level={sub} />

      <section aria-labelledby="public-meetings" className="public-section">
        <Heading level={sub} id="public-meetings" size="md">
          {t("publicPage.view.meetings")}
        </Heading>
        {view.meetings.length === 0 ? (
          <p className="ds-paragraph">{t("publicPage.view.noMeetings")}</p>
        ) : (
          <ul className="public-list">
            {view.meetings.map((meeting) => (
              <li key={meeting.id}>
                <p className="ds-paragraph">
                  <strong>{formatDate(meeting.date, language)}</strong> – <Written as="span" text={meeting.title} />
                  {meeting.place ? (
                    <>
                      , <Written as="span" text={meeting.place} />
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {view.content.faq.length > 0 ? (
        <section aria-labelledby="public-faq" className="public-section">
          <Heading level={sub} id="public-faq" size="md">
            {t("publicPage.view.faq")}
          </Heading>
          <div className="public-faq">
            {view.content.faq.map((entry, index) => (
              <details key={index} className="ds-details public-faq__entry">
                <summary>
                  <Localized text={entry.question} />
                </summary>
                <Localized as="p" text={entry.answer} className="ds-paragraph public-text" />
              </details>
            ))}
          </div>
        </section>
      ) : null}

      {view.answers.length > 0 ? (
        <section aria-labelledby="public-answers" className="public-section" data-testid="public-answers">
          <Heading level={sub} id="public-answers" size="md">
            {t("publicPage.view.answers")}
          </Heading>
          <ul className="public-list">
            {view.answers.map((answer) => (
              <li key={answer.id}>
                <Heading level={sub + 1} size="xs">
                  <Written as="span" text={answer.topic} />
                </Heading>
                <p className="ds-paragraph public-label">{t("publicPage.view.question")}</p>
                <Written text={answer.body} className="ds-paragraph public-text public-question" />
                <p className="ds-paragraph public-label">
                  {t("publicPage.view.answer")} <span className="public-date">({t("publicPage.view.answeredOn", { date: formatDate(answer.answeredDate, language) })})</span>
                </p>
                <Written text={answer.answer} className="ds-paragraph public-text" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="public-contact" className="public-section" data-testid="public-contact">
        <Heading level={sub} id="public-contact" size="md">
          {t("publicPage.view.contact")}
        </Heading>
        <p className="ds-paragraph">{t("publicPage.view.contactIntro")}</p>
        <p className="ds-paragraph">
          <strong>{contact.name}</strong>
          {contact.role.nb ? (
            <>
              , <Localized text={contact.role} />
            </>
          ) : null}
        </p>
        <ul className="public-contact">
          {contact.email ? (
            <li>
              {t("publicPage.view.email")}:{" "}
              <a className="ds-link" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </li>
          ) : null}
          {contact.phone ? (
            <li>
              {t("publicPage.view.phone")}:{" "}
              <a className="ds-link" href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>
                {contact.phone}
              </a>
            </li>
          ) : null}
        </ul>
      </section>

      {form}
    </article>
  );
}
