/**
 * The backup cannot forget a table: every table in db/schema.ts (found through drizzle's
 * getTableConfig, not a list kept by hand) is either exported, with a scope that really leads to
 * the project, or excluded with a reason. This fails when someone adds a table to the schema and
 * not to app/backup/backup-tables.ts.
 */
import { getTableConfig } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { backupPlan, exportedTables, isExported, schemaTables, type TablePlan } from "./backup-tables";
import { columnCodecs, rowSchema } from "./row-codec";
import { referencesOf, writeOrder } from "./table-order";

const plan = backupPlan as Record<string, TablePlan>;
const exportedNames = new Set(exportedTables().map((table) => table.name));

describe("the backup's plan of the schema's tables", () => {
  it("names every table of db/schema.ts as exported or excluded with a reason", () => {
    const missing = [...schemaTables.keys()].filter((name) => !(name in plan));
    expect(missing, `add these tables to app/backup/backup-tables.ts (export them, or exclude them with a reason): ${missing.join(", ")}`).toEqual([]);
    for (const [name, entry] of Object.entries(plan)) {
      expect(schemaTables.has(name), `${name} is in the backup plan but not in db/schema.ts`).toBe(true);
      if ("excluded" in entry) expect(entry.excluded.length, `${name} needs a reason to be left out`).toBeGreaterThan(20);
    }
  });

  it("exports every table with a project_id, unless it is excluded with a reason", () => {
    for (const [name, table] of schemaTables) {
      const hasProject = getTableConfig(table).columns.some((column) => column.name === "project_id");
      if (hasProject) expect(isExported(plan[name]) || "excluded" in plan[name], name).toBe(true);
    }
  });

  it("finds each exported table's rows through a column that leads to the project", () => {
    for (const { name, plan: entry } of exportedTables()) {
      const table = schemaTables.get(name)!;
      const columns = getTableConfig(table).columns.map((column) => column.name);
      const { scope } = entry;
      if (scope.by === "project") continue;
      expect(columns, `${name}.${scope.column}`).toContain(scope.column);
      const reference = referencesOf(table).find((candidate) => candidate.column === scope.column);
      if (scope.by === "projectColumn") expect(reference?.table, `${name}.${scope.column} must refer to projects`).toBe("projects");
      if (scope.by === "member") expect(reference?.table, `${name}.${scope.column} must refer to users`).toBe("users");
      if (scope.by === "parent") {
        expect(reference?.table, `${name}.${scope.column} must refer to ${scope.parent}`).toBe(scope.parent);
        expect(exportedNames.has(scope.parent), `${name}'s parent ${scope.parent} must be exported`).toBe(true);
      }
    }
  });

  it("never leaves an exported row pointing at a table the backup does not hold", () => {
    for (const { name, plan: entry } of exportedTables()) {
      const table = schemaTables.get(name)!;
      for (const reference of referencesOf(table)) {
        if (reference.table === "users" || exportedNames.has(reference.table)) continue;
        const column = getTableConfig(table).columns.find((candidate) => candidate.name === reference.column)!;
        expect(entry.cleared?.[reference.column], `${name}.${reference.column} refers to ${reference.table}, which is not exported: clear it (a nullable column) with a reason`).toBeTruthy();
        expect(column.notNull, `${name}.${reference.column} cannot be cleared: it is not nullable`).toBe(false);
      }
    }
  });

  it("knows how to write every column of every exported table, and an order to import them in", () => {
    for (const { name } of exportedTables()) {
      const table = schemaTables.get(name)!;
      expect(() => columnCodecs(table), name).not.toThrow();
      expect(() => rowSchema(name, table), name).not.toThrow();
    }
    const order = writeOrder([...exportedNames], (name) => schemaTables.get(name)!);
    expect(order.indexOf("projects")).toBeLessThan(order.indexOf("homes"));
    expect(order.indexOf("polls")).toBeLessThan(order.indexOf("poll_answers"));
  });
});
