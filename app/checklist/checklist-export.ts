/**
 * The checklist as files (decision 012): a CSV for spreadsheets in the comparison's convention
 * (`toCsv`: `;` and a decimal comma in bokmål, BOM, CRLF, formulas defused) and JSON under
 * stable English keys with states as codes. One row per item, and for a home item whose homes
 * differ one row per home, so the sheet says what the page says.
 */
import type { TFunction } from "i18next";
import type { CsvCell, CsvTable } from "../compare/comparison-export";
import { formatDateTime } from "../ui/format-time";
import { dueText, localized, roleText } from "./checklist-text";
import type { ChecklistItemJson, ChecklistSnapshot, StateJson } from "./checklist-types";

function signedBy(state: StateJson, t: TFunction): string | null {
  if (!state.updatedByName) return null;
  return state.updatedRole ? t("checklist.thread.author", { name: state.updatedByName, role: t(`role.${state.updatedRole}`) }) : state.updatedByName;
}

/**
 * The checklist as a table in the reader's language.
 *
 * @example
 * toCsv(checklistTable(snapshot, { t, language: "nb" }), "nb");
 */
export function checklistTable(snapshot: ChecklistSnapshot, options: { t: TFunction; language: string }): CsvTable {
  const { t, language } = options;
  const header = [
    t("checklist.export.section"),
    t("checklist.export.item"),
    t("checklist.export.scope"),
    t("checklist.export.home"),
    t("checklist.export.state"),
    t("checklist.export.reason"),
    t("checklist.export.responsible"),
    t("checklist.export.due"),
    t("checklist.export.signingRole"),
    t("checklist.export.signedOffBy"),
    t("checklist.export.signedOffAt"),
    t("checklist.export.evidence"),
    t("checklist.export.source"),
    t("checklist.export.decision"),
  ];
  const homeNames = new Map(snapshot.homes.map((home) => [home.id, home.name]));
  const rows: CsvCell[][] = [];
  for (const section of snapshot.sections) {
    const sectionTitle = localized(section.title, language);
    for (const item of section.items) {
      const common = (state: StateJson, home: string | null, evidence: number): CsvCell[] => [
        sectionTitle,
        localized(item.title, language),
        t(`checklist.scope.${item.scope}`),
        home,
        t(`checklist.status.${state.status}`),
        state.reason || null,
        item.responsibleRole ? roleText(item.responsibleRole, t) : null,
        dueText(item, t, language),
        item.signingRole ? t(`checklist.signerName.${item.signingRole}`) : null,
        signedBy(state, t),
        state.updatedAt ? formatDateTime(state.updatedAt, language) : null,
        evidence,
        item.source,
        item.decision ? `${item.decision}${item.decisionReason ? ` (${item.decisionReason})` : ""}` : null,
      ];
      if (item.homesDiffer) {
        for (const state of item.homeStates) rows.push(common(state, homeNames.get(state.homeId) ?? state.homeId, item.evidence.byHome[state.homeId] ?? 0));
      } else {
        rows.push(common(item.shown, null, item.evidence.total));
      }
    }
  }
  return { header, rows };
}

function stateJson(state: StateJson) {
  return { status: state.status, reason: state.reason, updated_by: state.updatedByName, updated_role: state.updatedRole, updated_at: state.updatedAt };
}

function itemJson(item: ChecklistItemJson, homeNames: Map<string, string>) {
  return {
    key: item.key,
    section: item.section,
    title: item.title,
    why: item.why,
    source: item.source,
    scope: item.scope,
    signing_role: item.signingRole,
    requires_evidence: item.requiresEvidence,
    responsible_role: item.responsibleRole,
    due_phase: item.duePhase,
    due_date: item.dueDate,
    overdue: item.overdue,
    /** The one state, or "mixed" where homes differ (then see `homes`). */
    status: item.summary,
    closed: item.closed,
    /** The state shown where homes agree; for home items whose homes differ, see `homes`. */
    state: stateJson(item.shown),
    project_state: stateJson(item.state),
    /** Only where homes differ: each home's state. */
    homes: item.homeStates.map((home) => ({ home_id: home.homeId, home: homeNames.get(home.homeId) ?? null, own_state: home.own, ...stateJson(home), evidence_files: item.evidence.byHome[home.homeId] ?? 0 })),
    evidence_files: item.evidence.total,
    open_disagreements: item.openDisagreements,
    decision: item.debated ? { decision: item.decision, reason: item.decisionReason, decision_log_id: item.decisionLogId } : null,
  };
}

/**
 * The checklist as JSON for other tools: English keys that stay, states and roles as codes,
 * the template's texts in both languages.
 *
 * @example
 * checklistJson(snapshot, { id, name }).items[0].status; // "done"
 */
export function checklistJson(snapshot: ChecklistSnapshot, project: { id: string; name: string }) {
  const homeNames = new Map(snapshot.homes.map((home) => [home.id, home.name]));
  const { progress } = snapshot;
  return {
    project: { id: project.id, name: project.name, phase: snapshot.phase },
    template_version: snapshot.templateVersion,
    date: snapshot.today,
    progress: {
      total: progress.total,
      closed: progress.closed,
      done: progress.done,
      overdue: progress.overdue,
      by_section: progress.bySection.map(({ key, total, closed, done, overdue }) => ({ section: key, total, closed, done, overdue })),
      by_phase: progress.byPhase.map(({ phase, total, closed, done, overdue }) => ({ phase, total, closed, done, overdue })),
      by_home: progress.byHome.map(({ homeId, name, total, closed, done, overdue }) => ({ home_id: homeId, home: name, total, closed, done, overdue })),
    },
    homes: snapshot.homes.map((home) => ({ id: home.id, number: home.number, name: home.name, house_type_id: home.houseTypeId })),
    house_types: snapshot.houseTypes,
    items: snapshot.sections.flatMap((section) => section.items.map((item) => itemJson(item, homeNames))),
  };
}

/**
 * A download's file name: "sjekkliste-smahus-pa-eikelund-2026-12-02.csv", ASCII only, so every
 * browser and spreadsheet keeps it.
 *
 * @example
 * exportFileName("sjekkliste", "Småhus på Eikelund", "2026-12-02", "csv");
 */
export function exportFileName(prefix: string, projectName: string, date: string, extension: string): string {
  const slug = projectName
    .normalize("NFKD")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${[prefix, slug, date].filter(Boolean).join("-")}.${extension}`;
}
