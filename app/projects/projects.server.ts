import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/connection";
import { memberships, projects } from "../../db/schema";
import type { Role } from "../permissions";
import { isRole } from "../permissions";
import { userText } from "../ui/text-input";
import { housingForms } from "./vocabulary";

export const projectSchema = z.object({
  name: userText(z.string().trim().min(1, "errors.nameRequired").max(120, "errors.tooLong")),
  municipality: userText(z.string().trim().min(1, "errors.municipalityRequired").max(80, "errors.tooLong")),
  housingForm: z.enum(housingForms, { message: "errors.housingFormRequired" }),
  homeCount: z.coerce
    .number({ message: "errors.homeCountInvalid" })
    .int("errors.homeCountInvalid")
    .min(1, "errors.homeCountInvalid")
    .max(500, "errors.homeCountInvalid"),
  description: userText(z.string().trim().max(2000, "errors.tooLong"), { multiline: true }).default(""),
});
export type ProjectInput = z.infer<typeof projectSchema>;

export type Project = typeof projects.$inferSelect;

/** Creates a project and makes its creator the owner, in one transaction. */
export async function createProject(db: Database, ownerId: string, input: ProjectInput): Promise<Project> {
  return db.transaction(async (tx) => {
    const [project] = await tx
      .insert(projects)
      .values({ id: crypto.randomUUID(), createdBy: ownerId, ...input })
      .returning();
    await tx.insert(memberships).values({ projectId: project.id, userId: ownerId, role: "owner" });
    return project;
  });
}

export async function listProjectsForUser(db: Database, userId: string): Promise<Array<Project & { role: Role }>> {
  const rows = await db
    .select({ project: projects, role: memberships.role })
    .from(memberships)
    .innerJoin(projects, eq(projects.id, memberships.projectId))
    .where(eq(memberships.userId, userId))
    .orderBy(desc(projects.createdAt));
  return rows.filter((row) => isRole(row.role)).map((row) => ({ ...row.project, role: row.role as Role }));
}

/** The project and the user's role in it, or null when they are not a member. */
export async function findMembership(
  db: Database,
  projectId: string,
  userId: string,
): Promise<{ project: Project; role: Role } | null> {
  const [row] = await db
    .select({ project: projects, role: memberships.role })
    .from(memberships)
    .innerJoin(projects, eq(projects.id, memberships.projectId))
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)))
    .limit(1);
  if (!row || !isRole(row.role)) return null;
  return { project: row.project, role: row.role };
}
