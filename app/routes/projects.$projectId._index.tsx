import { Paragraph } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { BackupProjectAction } from "../backup/backup-project-action";
import { listMemos } from "../memo/memo-store.server";
import { MemoProjectAction } from "../memo/memo-project-action";
import { loadChangesSinceLastVisit } from "../changes/changes-loader.server";
import { ChangesSinceLastVisit } from "../changes/changes-since-last-visit";
import { ChecklistSummary, checklistSummary } from "../checklist/checklist-summary";
import { readChecklist } from "../checklist/checklist-store.server";
import { upcomingMeetingsFor } from "../cooperation/meetings-store.server";
import { UpcomingMeetings } from "../cooperation/upcoming-meetings";
import { inquirySummary } from "../inquiries/inquiries-store.server";
import { InquirySummary } from "../inquiries/inquiry-summary";
import { infoPlanSummary } from "../neighbours/info-plan-store.server";
import { InfoPlanSummaryCard } from "../neighbours/info-plan-summary";
import { ParticipationFigures } from "../participation/figures-view";
import { participationSummary } from "../participation/participation-summary.server";
import { can } from "../permissions";
import { ProjectWorkspace } from "../projects/project-workspace";
import type { loader as projectLoader } from "./projects.$projectId";

/**
 * The overview: what changed since the member's last visit (opening it counts as a visit), the
 * live workspace, and each part's figures only (decisions 012, 013), so the page stays light.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "project:read");
  const member = { projectId: project.id, userId: user.id, role };
  const [snapshot, changes, meetings, infoPlan, inquiries, participation, memos] = await Promise.all([
    readChecklist(context.db, member),
    loadChangesSinceLastVisit(context.db, member),
    upcomingMeetingsFor(context.db, member),
    can(role, "infoPlan:read") ? infoPlanSummary(context.db, project.id) : Promise.resolve(null),
    can(role, "inquiries:read") ? inquirySummary(context.db, project.id) : Promise.resolve(null),
    participationSummary(context.db, member),
    can(role, "memo:write") ? listMemos(context.db, project.id) : Promise.resolve(null),
  ]);
  const latestMemo = memos?.reduce<{ id: string; version: number } | null>((latest, memo) => (!latest || memo.version > latest.version ? { id: memo.id, version: memo.version } : latest), null) ?? null;
  return { checklist: checklistSummary(snapshot.progress), changes, meetings, infoPlan, inquiries, participation, memo: memos ? { latest: latestMemo } : null };
}

export default function ProjectOverview() {
  const data = useRouteLoaderData<typeof projectLoader>("routes/projects.$projectId");
  const { checklist, changes, meetings, infoPlan, inquiries, participation, memo } = useLoaderData<typeof loader>();
  if (!data) return null;
  const projectId = data.project.id;
  return (
    <div className="stack">
      {data.project.description ? <Paragraph>{data.project.description}</Paragraph> : null}
      <ChangesSinceLastVisit changes={changes} linkToPage />
      <ProjectWorkspace projectId={projectId} self={{ id: data.user.id, name: data.user.name, role: data.role }} mayEditPlan={data.may.editPlan} />
      <ChecklistSummary projectId={projectId} summary={checklist} />
      {participation ? <ParticipationFigures projectId={projectId} summary={participation} showLink /> : null}
      {infoPlan ? <InfoPlanSummaryCard projectId={projectId} summary={infoPlan} /> : null}
      {inquiries ? <InquirySummary projectId={projectId} summary={inquiries} /> : null}
      {meetings ? <UpcomingMeetings projectId={projectId} meetings={meetings} /> : null}
      {memo ? <MemoProjectAction projectId={projectId} latest={memo.latest} /> : null}
      {data.may.exportBackup ? <BackupProjectAction projectId={projectId} /> : null}
    </div>
  );
}
