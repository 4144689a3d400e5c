/** One decision memo (decision 014): its draft texts and sections (POST intent=save), issuing it (intent=issue), links to the print page and PDF. */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageTitle } from "../i18n/page-title";
import { MemoEditPage } from "../memo/memo-edit-page";
import { memoAction, memoLoader } from "../memo/memo-requests.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [{ title: pageTitle(matches, "memo.title", data?.memo.title) }];

export const loader = ({ request, params, context }: LoaderFunctionArgs) => memoLoader(context, request, params.projectId, params.memoId);

export const action = ({ request, params, context }: ActionFunctionArgs) => memoAction(context, request, params.projectId, params.memoId);

export default function MemoRoute() {
  const { projectId, memo, mayWrite } = useLoaderData<typeof loader>();
  return <MemoEditPage key={memo.id} projectId={projectId} memo={memo} mayWrite={mayWrite} />;
}
