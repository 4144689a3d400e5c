import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { can, invitableRoles, permissions, roles, syncAccess } from "./permissions";

describe("permission table", () => {
  it("lets only planners write the plan and everyone read it", () => {
    expect(roles.filter((role) => syncAccess(role, "plan") === "write")).toEqual(["owner", "planner"]);
    expect(roles.filter((role) => syncAccess(role, "plan") === "read")).toEqual([
      "police",
      "fire",
      "resident",
      "observer",
    ]);
  });

  it("lets only the owner manage members, and planners invite", () => {
    expect(roles.filter((role) => can(role, "members:manage"))).toEqual(["owner"]);
    expect(roles.filter((role) => can(role, "invites:create"))).toEqual(["owner", "planner"]);
  });

  it("shows areas of concern only to police and the municipality, and lets police draw them", () => {
    expect(roles.filter((role) => can(role, "concerns:read"))).toEqual(["owner", "planner", "police"]);
    expect(roles.filter((role) => can(role, "concerns:write"))).toEqual(["police"]);
    expect(roles.filter((role) => can(role, "reference:import"))).toEqual(["owner", "planner"]);
  });

  it("opens the areas-of-concern document to police (write) and the municipality (read) only", () => {
    expect(roles.filter((role) => syncAccess(role, "concerns") === "write")).toEqual(["police"]);
    expect(roles.filter((role) => syncAccess(role, "concerns") === "read")).toEqual(["owner", "planner"]);
    expect(syncAccess("resident", "concerns")).toBeNull();
    expect(syncAccess("fire", "concerns")).toBeNull();
    expect(syncAccess("observer", "concerns")).toBeNull();
  });

  it("lets everyone but observers comment and rate, and only planners reveal ratings", () => {
    expect(roles.filter((role) => can(role, "comments:write"))).toEqual(["owner", "planner", "police", "fire", "resident"]);
    expect(roles.filter((role) => can(role, "ratings:write"))).toEqual(["owner", "planner", "police", "fire", "resident"]);
    expect(roles.filter((role) => can(role, "ratings:reveal"))).toEqual(["owner", "planner"]);
  });

  it("never hands out ownership by invite", () => {
    expect(invitableRoles).not.toContain("owner");
  });

  it("names only known roles", () => {
    for (const allowed of Object.values(permissions)) {
      for (const role of allowed) expect(roles).toContain(role);
    }
  });
});

describe("the README's permission table", () => {
  /** Rows of the table under "## Permissions": the actions named in the first cell, a cell per role. */
  function readmeRows(): Array<{ actions: string[]; cells: string[] }> {
    const readme = readFileSync(join(__dirname, "../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Permissions"));
    const lines = section.split("\n").filter((line) => line.startsWith("| `"));
    return lines.map((line) => {
      const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
      return { actions: [...cells[0].matchAll(/`([a-zA-Z]+:[a-zA-Z]+)`/g)].map((match) => match[1]), cells: cells.slice(1) };
    });
  }

  it("lists every action of app/permissions.ts with the same roles", () => {
    const rows = readmeRows();
    const listed = new Map<string, string[]>();
    for (const row of rows) for (const action of row.actions) listed.set(action, row.cells);
    for (const action of Object.keys(permissions) as Array<keyof typeof permissions>) {
      // A sync domain's read right is the "read" in its write row (`plan:write` … read).
      const readOfWrite = action.endsWith(":read") && !listed.has(action) ? listed.get(action.replace(/:read$/, ":write")) : undefined;
      const cells = listed.get(action) ?? readOfWrite;
      expect(cells, `README lacks ${action}`).toBeDefined();
      const allowed = (cell: string) => cell === "✓" || (readOfWrite !== undefined && cell === "read");
      expect(roles.filter((_, index) => allowed(cells![index])), action).toEqual(roles.filter((role) => can(role, action)));
    }
  });
});
