/**
 * What a backup holds of each table in db/schema.ts (decision 014, "Backup"): every table is
 * either exported, with how its rows are found from the project, or excluded, with the reason.
 * The compiler refuses a table missing here, and backup-tables.test.ts checks the plan against
 * the schema itself (every table named, every scope column and parent real, no foreign key into
 * an excluded table that the export could not clear), so a new table cannot be forgotten.
 */
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "../../db/schema";

type SchemaExports = typeof schema;
type SchemaTable = { [Key in keyof SchemaExports]: SchemaExports[Key] extends PgTable ? SchemaExports[Key] : never }[keyof SchemaExports];
/** The SQL name of every table in db/schema.ts. */
export type TableName = SchemaTable["_"]["name"];

/** How an exported table's rows are found from the project. */
export type TableScope =
  /** The project's own row (`id`). */
  | { by: "project" }
  /** Rows whose `column` is the project's id. */
  | { by: "projectColumn"; column: string }
  /** Rows whose `column` points at an exported row of `parent` (its primary key). */
  | { by: "parent"; column: string; parent: TableName }
  /** Rows whose `column` is a member of the project (accounts' own records, such as a guest's). */
  | { by: "member"; column: string };

export interface ExportedTable {
  scope: TableScope;
  /** Foreign keys into an excluded table, written as null, and why. */
  cleared?: Record<string, string>;
}

export interface ExcludedTable {
  excluded: string;
}

export type TablePlan = ExportedTable | ExcludedTable | { users: true };

const byProject: ExportedTable = { scope: { by: "projectColumn", column: "project_id" } };

/**
 * Every table, by its SQL name. `users` is special: only the accounts the project's rows refer
 * to, and only their id, username and name (archive-users.ts).
 *
 * @example
 * backupPlan.homes; // { scope: { by: "projectColumn", column: "project_id" } }
 */
export const backupPlan = {
  users: { users: true },
  sessions: { excluded: "Sign-in sessions are credentials of this installation and belong to accounts, not to a project." },
  sign_in_limits: { excluded: "Failed sign-ins counted per account and address: this installation's defence, not project data." },
  public_form_limits: { excluded: "The public form's counts per address and hour: this installation's defence, not project data." },
  invites: {
    excluded:
      "Invite links are credentials: a copied link would let people in to both installations. Planners make new links where the project now lives.",
  },
  workshop_codes: {
    excluded: "Join codes are credentials that expire at the end of the workshop day; a copy would let the same code in twice.",
  },
  document_updates: { excluded: "Not rows: each shared document is one merged Yjs update under documents/ (the import writes it back here)." },
  projects: { scope: { by: "project" } },
  memberships: byProject,
  member_visits: byProject,
  reference_layers: byProject,
  site_ratings: byProject,
  rating_reveals: byProject,
  site_comments: byProject,
  house_types: byProject,
  homes: byProject,
  checklist_items: byProject,
  checklist_versions: byProject,
  checklist_states: byProject,
  checklist_events: byProject,
  files: byProject,
  choice_categories: byProject,
  choice_options: byProject,
  home_choices: byProject,
  choice_reopenings: { scope: { by: "parent", column: "home_id", parent: "homes" } },
  choice_favourites: { scope: { by: "parent", column: "home_id", parent: "homes" } },
  choice_events: byProject,
  activities: byProject,
  participation_points: byProject,
  info_plan_rows: byProject,
  neighbour_addresses: byProject,
  communications: byProject,
  letters: byProject,
  neighbour_notices: byProject,
  notice_objections: byProject,
  inquiries: byProject,
  public_pages: byProject,
  public_updates: byProject,
  partners: byProject,
  responsibilities: byProject,
  cooperation_targets: byProject,
  planned_meetings: byProject,
  attention_flags: byProject,
  people_events: byProject,
  workshops: byProject,
  workshop_items: { scope: { by: "parent", column: "workshop_id", parent: "workshops" } },
  workshop_attendance: { scope: { by: "parent", column: "workshop_id", parent: "workshops" } },
  polls: { scope: { by: "parent", column: "workshop_id", parent: "workshops" } },
  poll_answers: { scope: { by: "parent", column: "poll_id", parent: "polls" } },
  parking_lot_items: { scope: { by: "parent", column: "workshop_id", parent: "workshops" } },
  guest_accounts: {
    scope: { by: "member", column: "user_id" },
    cleared: { workshop_code_id: "Join codes are not exported (see workshop_codes); the guest keeps the account, not the code." },
  },
  memos: byProject,
} satisfies Record<TableName, TablePlan>;

export function isExported(plan: TablePlan): plan is ExportedTable {
  return "scope" in plan;
}

/** Every table of db/schema.ts by its SQL name. */
export const schemaTables: ReadonlyMap<string, PgTable> = new Map(
  (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable)).map((table) => [getTableConfig(table).name, table]),
);

/** The table called `name` in db/schema.ts; throws for a name the schema does not have. */
export function schemaTable(name: string): PgTable {
  const table = schemaTables.get(name);
  if (!table) throw new Error(`db/schema.ts has no table "${name}"`);
  return table;
}

/** The exported tables (not `users`) with their plans, in the plan's order. */
export function exportedTables(): Array<{ name: string; plan: ExportedTable }> {
  return (Object.entries(backupPlan) as Array<[TableName, TablePlan]>)
    .filter((entry): entry is [TableName, ExportedTable] => isExported(entry[1]))
    .map(([name, plan]) => ({ name, plan }));
}
