/** The project's decision memos (decision 014): `memo:read` to see them, `memo:write` (planners) to make one (POST intent=create). */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageTitle } from "../i18n/page-title";
import { MemoListPage } from "../memo/memo-list-page";
import { memoListAction, memoListLoader } from "../memo/memo-requests.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [{ title: pageTitle(matches, "memo.listTitle", data?.projectName) }];

export const loader = ({ request, params, context }: LoaderFunctionArgs) => memoListLoader(context, request, params.projectId);

export const action = ({ request, params, context }: ActionFunctionArgs) => memoListAction(context, request, params.projectId);

export default function MemosRoute() {
  const { projectId, memos, mayWrite } = useLoaderData<typeof loader>();
  return <MemoListPage projectId={projectId} memos={memos} mayWrite={mayWrite} />;
}
