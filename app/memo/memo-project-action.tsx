/**
 * "Lag beslutningsnotat" for the project overview (decision 014): a plain form posting to the
 * memos route (which freezes the project and opens the new memo; it works without JavaScript),
 * and a link to the latest memo. The lead places it on the overview for planners.
 */
import { Button } from "@digdir/designsystemet-react";
import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * @example
 * {can(role, "memo:write") ? <MemoProjectAction projectId={project.id} latest={memos[0] ?? null} /> : null}
 */
export function MemoProjectAction({ projectId, latest }: { projectId: string; latest: { id: string; version: number } | null }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const action = `/projects/${projectId}/memos?index`;
  const busy = navigation.state !== "idle" && navigation.formAction === action;
  return (
    <div className="row memo-project-action" data-testid="memo-project-action">
      <Form method="post" action={action}>
        <input type="hidden" name="intent" value="create" />
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? t("memo.creating") : t("memo.create")}
        </Button>
      </Form>
      {latest ? (
        <Link className="ds-link" to={`/projects/${projectId}/memos/${latest.id}`}>
          {t("memo.latest", { version: latest.version })}
        </Link>
      ) : null}
    </div>
  );
}
