import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData, useMatches } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { requireMember } from "../auth/guards.server";
import { can } from "../permissions";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: pageTitle(matches, null, data?.project.name) },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "project:read");
  return {
    user: { id: user.id, name: user.name },
    role,
    project: {
      id: project.id,
      name: project.name,
      municipality: project.municipality,
      housingForm: project.housingForm,
      homeCount: project.homeCount,
      description: project.description,
    },
    may: {
      editPlan: can(role, "plan:write"),
      manageMembers: can(role, "members:manage"),
      invite: can(role, "invites:create"),
      manageHomes: can(role, "homes:manage"),
      readCatalogue: can(role, "catalogue:read"),
      chooseOwn: can(role, "choices:chooseOwn"),
      readInfoPlan: can(role, "infoPlan:read"),
      readParticipationLog: can(role, "participation:log"),
      readCooperation: can(role, "cooperation:read"),
      readInquiries: can(role, "inquiries:read"),
      editPublicPage: can(role, "publicPage:edit"),
      readWorkshops: can(role, "workshops:read"),
      runWorkshops: can(role, "workshops:run"),
      readMemo: can(role, "memo:read"),
      exportBackup: can(role, "backup:export"),
    },
  };
}

/**
 * A page that is a stage (the map) sets `export const handle = { stage: true }`: the project's
 * header shrinks to one line and the page gets the whole width and the height below it
 * (decision 014).
 */
export interface StageHandle {
  stage?: boolean;
}

export default function ProjectLayout() {
  const { t } = useTranslation();
  const { project, role, may } = useLoaderData<typeof loader>();
  const stage = useMatches().some((match) => (match.handle as StageHandle | undefined)?.stage === true);
  return (
    <main id="main" className={stage ? "page page--stage" : "page stack"} tabIndex={-1}>
      <div className={stage ? "project-header project-header--slim" : "project-header"}>
        <Heading level={1} data-size={stage ? "xs" : "lg"}>
          {project.name}
        </Heading>
        {stage ? null : (
          <Paragraph className="muted project-header__meta">
            {project.municipality} · {t(`housingForm.${project.housingForm}`)} ·{" "}
            {t("projects.homes", { count: project.homeCount })} · {t("projects.yourRole", { role: t(`role.${role}`) })}
          </Paragraph>
        )}
      </div>
      <nav aria-label={project.name} className="row project-nav">
        <NavLink end to={`/projects/${project.id}`} className="ds-link">
          {t("project.overview")}
        </NavLink>
        {/* A resident's own home first: on a phone it is the first link after the overview. */}
        {may.chooseOwn ? (
          <NavLink to={`/projects/${project.id}/my-home`} className="ds-link">
            {t("project.myHome")}
          </NavLink>
        ) : null}
        <NavLink to={`/projects/${project.id}/${may.readParticipationLog ? "participation" : "you-said-we-did"}`} className="ds-link">
          {t(may.readParticipationLog ? "participation.title" : "participation.saidDone.title")}
        </NavLink>
        <NavLink to={`/projects/${project.id}/map`} className="ds-link">
          {t("project.map")}
        </NavLink>
        <NavLink to={`/projects/${project.id}/map-data`} className="ds-link">
          {t("project.mapData")}
        </NavLink>
        <NavLink to={`/projects/${project.id}/checklist`} className="ds-link">
          {t("project.checklist")}
        </NavLink>
        {may.manageHomes ? (
          <NavLink to={`/projects/${project.id}/homes`} className="ds-link">
            {t("project.homes")}
          </NavLink>
        ) : null}
        {!may.manageHomes && may.readCatalogue ? (
          <NavLink to={`/projects/${project.id}/catalogue`} className="ds-link">
            {t("project.catalogue")}
          </NavLink>
        ) : null}
        {may.readInfoPlan ? (
          <NavLink to={`/projects/${project.id}/neighbours`} className="ds-link">
            {t("neighbours.title")}
          </NavLink>
        ) : null}
        {may.readCooperation ? (
          <NavLink to={`/projects/${project.id}/cooperation`} className="ds-link">
            {t("cooperation.title")}
          </NavLink>
        ) : null}
        {may.readWorkshops ? (
          <NavLink to={`/projects/${project.id}/workshops`} className="ds-link">
            {t("workshops.title")}
          </NavLink>
        ) : null}
        {may.readMemo ? (
          <NavLink to={`/projects/${project.id}/memos`} className="ds-link">
            {t("memo.title")}
          </NavLink>
        ) : null}
        <NavLink to={`/projects/${project.id}/members`} className="ds-link">
          {t("project.members")}
        </NavLink>
      </nav>
      <Outlet />
    </main>
  );
}
