import { Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { requireUser } from "../auth/session.server";
import { listProjectsForUser } from "../projects/projects.server";
import { isPhase } from "../projects/vocabulary";
import { dashboardChanges } from "../changes/changes-loader.server";
import { DashboardChangesLine } from "../changes/dashboard-changes-line";
import { ImportProjectLink } from "../backup/import-project-link";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "projects.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(context.db, request);
  const projects = await listProjectsForUser(context.db, user.id);
  // What is new in each project since the member's last visit (decision 013); looking here is not a visit.
  const changes = await dashboardChanges(context.db, user.id, projects);
  return {
    projects: projects.map((project) => ({
      id: project.id,
      name: project.name,
      municipality: project.municipality,
      housingForm: project.housingForm,
      homeCount: project.homeCount,
      phase: isPhase(project.phase) ? project.phase : "needs",
      role: project.role,
      changes: changes.get(project.id) ?? null,
    })),
  };
}

export default function Projects() {
  const { t } = useTranslation();
  const { projects } = useLoaderData<typeof loader>();
  return (
    <main id="main" className="page stack" tabIndex={-1}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <Heading level={1} data-size="lg">
          {t("projects.title")}
        </Heading>
        <div className="row">
          <Link className="ds-button" data-variant="primary" to="/projects/new">
            {t("projects.create")}
          </Link>
          <ImportProjectLink />
        </div>
      </div>
      {projects.length === 0 ? <Paragraph>{t("projects.empty")}</Paragraph> : null}
      <ul className="card-grid" aria-label={t("projects.title")}>
        {projects.map((project) => (
          <li key={project.id}>
            <Card data-color="neutral">
              <Heading level={2} data-size="sm">
                <Link to={`/projects/${project.id}`}>{project.name}</Link>
              </Heading>
              <Paragraph>
                {project.municipality} · {t(`housingForm.${project.housingForm}`)} ·{" "}
                {t("projects.homes", { count: project.homeCount })}
              </Paragraph>
              <Paragraph data-size="sm">
                {t("project.phaseTitle")}: <strong>{t(`phase.${project.phase}`)}</strong>
              </Paragraph>
              <Tag data-color="info">{t("projects.yourRole", { role: t(`role.${project.role}`) })}</Tag>
              {project.changes ? <DashboardChangesLine projectId={project.id} projectName={project.name} changes={project.changes} /> : null}
            </Card>
          </li>
        ))}
      </ul>
    </main>
  );
}
