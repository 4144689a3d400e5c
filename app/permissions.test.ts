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
