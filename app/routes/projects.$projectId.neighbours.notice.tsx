/**
 * The formal neighbour notice (decision 013): planners only, since objections carry senders'
 * names. POST /projects/:id/neighbours/notice with an `intent`.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { listFiles } from "../files/files.server";
import { pageTitle } from "../i18n/page-title";
import { neighbourAction, type NeighbourActionSpec } from "../neighbours/neighbour-requests.server";
import { noticePermissions, parseNoticeForm, type NoticeInput } from "../neighbours/notice-input";
import { NoticePage } from "../neighbours/notice-page";
import { addObjection, answerObjection, deleteObjectionSender, editNotice, listNotices, recordNotice, setApplicationSent } from "../neighbours/notice-store.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "neighbours.notice.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project, user } = await requireMember(context, request, params.projectId, "neighbours:read");
  const [notices, files] = await Promise.all([listNotices(context.db, project.id), listFiles(context.db, project.id, "notice")]);
  return { projectId: project.id, userId: user.id, notices, files };
}

const noticeActions: NeighbourActionSpec<NoticeInput> = {
  permissions: noticePermissions,
  parse: parseNoticeForm,
  apply({ db }, member, input) {
    switch (input.intent) {
      case "recordNotice":
        return recordNotice(db, member, input);
      case "editNotice":
        return editNotice(db, member, input);
      case "applicationSent":
        return setApplicationSent(db, member, input);
      case "addObjection":
        return addObjection(db, member, input);
      case "answerObjection":
        return answerObjection(db, member, input);
      case "deleteObjectionSender":
        return deleteObjectionSender(db, member, input);
    }
  },
};

export const action = ({ request, params, context }: ActionFunctionArgs) => neighbourAction(context, request, params.projectId, noticeActions);

export default function NoticeRoute() {
  const { projectId, userId, notices, files } = useLoaderData<typeof loader>();
  return <NoticePage projectId={projectId} notices={notices} files={files} userId={userId} />;
}
