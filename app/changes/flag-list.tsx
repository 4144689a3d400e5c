import { Alert, Button, Link, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format-time";
import type { FlagJson } from "./changes-types";
import { attentionUrl, useAttentionForm } from "./use-attention-form";

/** The words of what a flag is about, in the reader's language. */
export function useFlagTitle() {
  const { t, i18n } = useTranslation();
  return (flag: FlagJson) => (flag.subjectTitle ? (i18n.language === "en" ? flag.subjectTitle.en : flag.subjectTitle.nb) : t(`changes.subjectKinds.${flag.subjectKind}`));
}

/** "Ferdig – fjern markeringen": a planner, or a member of the flag's role, clears it. */
export function ClearFlagButton({ projectId, flag, label, text, onCleared }: { projectId: string; flag: FlagJson; label: string; text: string; onCleared?: () => void }) {
  const form = useAttentionForm({ onSaved: onCleared });
  return (
    <form.fetcher.Form method="post" action={attentionUrl(projectId)} className="changes-clear">
      <input type="hidden" name="intent" value="clear" />
      <input type="hidden" name="flagId" value={flag.id} />
      <Button type="submit" variant="secondary" aria-label={label} aria-disabled={form.busy || undefined}>
        {text}
      </Button>
      {form.message ? (
        <Alert data-color="danger" data-size="sm" role="alert">
          {form.message}
        </Alert>
      ) : null}
    </form.fetcher.Form>
  );
}

/** Open flags: what each is about (linked), the note, who flagged it and when, and the clear button where the member may. */
export function FlagList({ projectId, flags, showRole = false }: { projectId: string; flags: FlagJson[]; showRole?: boolean }) {
  const { t, i18n } = useTranslation();
  const titleOf = useFlagTitle();
  return (
    <ul className="changes-flags">
      {flags.map((flag) => {
        const title = titleOf(flag);
        return (
          <li key={flag.id} className="changes-flag" data-flag={flag.subjectId}>
            <div className="changes-flag__head">
              <Tag data-size="sm" data-color="warning">
                {t(`changes.subjectKinds.${flag.subjectKind}`)}
              </Tag>
              <Link href={flag.url}>{title}</Link>
            </div>
            {flag.note ? <p className="changes-flag__note">{flag.note}</p> : null}
            <p className="muted changes-flag__by">
              {showRole ? `${t("changes.flaggedFor", { role: t(`role.${flag.role}`) })} · ` : ""}
              {t("changes.flaggedBy", { name: flag.createdByName ?? "–", time: formatDateTime(flag.createdAt, i18n.language) })}
            </p>
            {flag.mayClear ? <ClearFlagButton projectId={projectId} flag={flag} label={t("changes.attention.doneLabel", { title })} text={t("changes.attention.done")} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
