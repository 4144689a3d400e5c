/**
 * The decision memo as one React template (decision 014), in the structure of a saksframlegg:
 * title, "Forslag til vedtak", "Sammendrag", "Saksopplysninger" (facts) kept apart from
 * "Vurdering" (assessment and risks), dated with its version. The print page and the PDF render
 * this same component; for the public version the caller passes `publicMemo(snapshot)`, so what
 * may not be shown is not in the data at all.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import { MemoChecklist, MemoDecisions, MemoNeighbours, MemoParticipation, MemoProject, MemoWorkshops } from "./memo-project-facts";
import { MemoRatings, MemoSiteAssessments, MemoSites } from "./memo-site-facts";
import type { MemoSection, MemoSnapshot } from "./memo-snapshot-types";

/** What the template needs of a memo record (the snapshot is passed on its own, already filtered). */
export interface MemoDocumentMemo {
  title: string;
  version: number;
  status: "draft" | "issued";
  createdAt: string;
  issuedAt: string | null;
  proposedDecision: string;
  summary: string;
  risks: string;
  sections: readonly MemoSection[];
}

export type MemoVersion = "internal" | "public";

function Text({ text }: { text: string }) {
  const { t } = useTranslation();
  return text.trim() ? <p className="memo-text">{text}</p> : <p className="memo-muted">{t("memo.document.notWritten")}</p>;
}

function Part({ section, sections, children }: { section: MemoSection; sections: readonly MemoSection[]; children: ReactNode }) {
  const { t } = useTranslation();
  if (!sections.includes(section)) return null;
  return (
    <section className="memo-part" data-section={section}>
      <h3>{t(`memo.section.${section}`)}</h3>
      {children}
    </section>
  );
}

/**
 * @example
 * <MemoDocument memo={memo} snapshot={version === "public" ? publicMemo(memo.snapshot) : memo.snapshot} version={version} />
 */
export function MemoDocument({ memo, snapshot, version }: { memo: MemoDocumentMemo; snapshot: MemoSnapshot; version: MemoVersion }) {
  const { t, i18n } = useTranslation();
  const { sections } = memo;
  const date = formatDate(memo.issuedAt ?? memo.createdAt, i18n.language);
  return (
    <article className="memo-document" lang={i18n.language}>
      <header className="memo-head">
        <p className="memo-kind">
          {snapshot.project.municipality} · {t("memo.document.kind")}
        </p>
        <h1>{memo.title}</h1>
        <p className="memo-meta">
          <strong>{t("memo.versionLabel", { version: memo.version })}</strong> · {memo.issuedAt ? t("memo.issuedOn", { date }) : t("memo.madeOn", { date })} · {t(`memo.status.${memo.status}`)} ·{" "}
          {version === "public" ? t("memo.publicVersion") : t("memo.internalVersion")}
        </p>
        <p className="memo-muted">
          {snapshot.project.name}. {version === "public" ? t("memo.publicNote") : t("memo.internalNote")}
        </p>
      </header>

      <section className="memo-part">
        <h2>{t("memo.document.proposedDecision")}</h2>
        <Text text={memo.proposedDecision} />
      </section>
      <section className="memo-part">
        <h2>{t("memo.document.summary")}</h2>
        <Text text={memo.summary} />
      </section>

      <section className="memo-chapter">
        <h2>{t("memo.document.facts")}</h2>
        <Part section="project" sections={sections}>
          <MemoProject snapshot={snapshot} />
        </Part>
        <Part section="decisions" sections={sections}>
          <MemoDecisions snapshot={snapshot} version={version} />
        </Part>
        <Part section="sites" sections={sections}>
          <MemoSites snapshot={snapshot} />
        </Part>
        <Part section="ratings" sections={sections}>
          <MemoRatings snapshot={snapshot} />
        </Part>
        <Part section="checklist" sections={sections}>
          <MemoChecklist snapshot={snapshot} />
        </Part>
        <Part section="participation" sections={sections}>
          <MemoParticipation snapshot={snapshot} />
        </Part>
        <Part section="neighbours" sections={sections}>
          <MemoNeighbours snapshot={snapshot} />
        </Part>
        <Part section="workshops" sections={sections}>
          <MemoWorkshops snapshot={snapshot} />
        </Part>
      </section>

      <section className="memo-chapter">
        <h2>{t("memo.document.assessment")}</h2>
        {sections.includes("sites") ? <MemoSiteAssessments snapshot={snapshot} /> : null}
        <Part section="risks" sections={sections}>
          {memo.risks.trim() ? <p className="memo-text">{memo.risks}</p> : <p className="memo-muted">{t("memo.document.noRisks")}</p>}
        </Part>
      </section>
      <footer className="memo-muted memo-foot">{t("memo.document.footerTaken", { date: formatDate(snapshot.takenAt, i18n.language) })}</footer>
    </article>
  );
}
