import { Alert, Button, Details, Field, Label, Paragraph, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useFetcher, useRouteLoaderData } from "@remix-run/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { can, roles } from "../permissions";
import type { loader as projectLoader } from "../routes/projects.$projectId";
import { maxNoteLength } from "./attention-limits";
import type { FlagJson } from "./changes-types";
import { ClearFlagButton } from "./flag-list";
import type { SubjectKind } from "./subject-links";
import { readPermissionOf } from "./subject-links";
import { attentionUrl, useAttentionForm } from "./use-attention-form";

/**
 * "Marker for oppmerksomhet" on a record, for planners (nothing for anyone else): opens a small
 * form to flag it for a role with a short note, and lists its open flags with a button to clear
 * each. Only roles that may read the record are offered. Self-contained: it reads the member's
 * role from the project's layout and the record's flags from GET /projects/:id/attention, so a
 * page only places it.
 *
 * @example
 * <AttentionFlagButton projectId={projectId} subjectKind="checklistItem" subjectId={item.key} subjectTitle={title} />
 */
export function AttentionFlagButton({ projectId, subjectKind, subjectId, subjectTitle }: { projectId: string; subjectKind: SubjectKind; subjectId: string; subjectTitle: string }) {
  const { t } = useTranslation();
  const layout = useRouteLoaderData<typeof projectLoader>("routes/projects.$projectId");
  const current = useFetcher<{ flags: FlagJson[] }>();
  const [opened, setOpened] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const query = `${attentionUrl(projectId)}?subjectKind=${encodeURIComponent(subjectKind)}&subjectId=${encodeURIComponent(subjectId)}`;
  const reload = () => current.load(query);
  const form = useAttentionForm({
    onSaved: () => {
      formRef.current?.reset();
      reload();
    },
  });
  if (!layout || !can(layout.role, "attention:flag")) return null;
  const offered = roles.filter((role) => can(role, readPermissionOf[subjectKind]));
  const idBase = `attention-${subjectKind}-${subjectId}`;
  const flags = current.data?.flags ?? [];
  const roleError = form.fieldError("role");
  return (
    <Details
      className="attention-flag"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open && !opened) {
          setOpened(true);
          reload();
        }
      }}
    >
      <Details.Summary>
        {t("changes.attention.button")}
        <span className="visually-hidden">: «{subjectTitle}»</span>
      </Details.Summary>
      <Details.Content>
        <div className="stack attention-flag__body">
          <section aria-labelledby={`${idBase}-current`} className="stack">
            <h4 id={`${idBase}-current`} className="ds-heading" data-size="2xs">
              {t("changes.attention.current")}
            </h4>
            {current.data === undefined ? (
              <Paragraph data-size="sm">{t("changes.attention.loading")}</Paragraph>
            ) : flags.length === 0 ? (
              <Paragraph data-size="sm">{t("changes.attention.none")}</Paragraph>
            ) : (
              <ul className="attention-flag__current">
                {flags.map((flag) => (
                  <li key={flag.id}>
                    <span>
                      <strong>{t(`role.${flag.role}`)}</strong>
                      {flag.note ? `: ${flag.note}` : ""}
                    </span>
                    <ClearFlagButtonReloading projectId={projectId} flag={flag} onCleared={reload} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <form.fetcher.Form ref={formRef} method="post" action={attentionUrl(projectId)} className="stack" aria-label={t("changes.attention.buttonLabel", { title: subjectTitle })} noValidate>
            <input type="hidden" name="intent" value="add" />
            <input type="hidden" name="subjectKind" value={subjectKind} />
            <input type="hidden" name="subjectId" value={subjectId} />
            <Field>
              <Label htmlFor={`${idBase}-role`}>{t("changes.attention.role")}</Label>
              <Select id={`${idBase}-role`} name="role" defaultValue="" required aria-invalid={roleError ? true : undefined}>
                <Select.Option value="" disabled>
                  {t("changes.attention.chooseRole")}
                </Select.Option>
                {offered.map((role) => (
                  <Select.Option key={role} value={role}>
                    {t(`role.${role}`)}
                  </Select.Option>
                ))}
              </Select>
              {roleError ? <ValidationMessage>{roleError}</ValidationMessage> : null}
            </Field>
            <Textfield multiline rows={2} name="note" label={t("changes.attention.note")} description={t("changes.attention.noteHelp")} maxLength={maxNoteLength} error={form.fieldError("note")} />
            {form.message && !roleError && !form.fieldError("note") ? (
              <Alert data-color="danger" data-size="sm">
                {form.message}
              </Alert>
            ) : null}
            <div className="row">
              <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
                {t("changes.attention.submit")}
              </Button>
              <Paragraph role="status" data-size="sm" className="muted">
                {form.saved ? t("changes.attention.added") : ""}
              </Paragraph>
            </div>
          </form.fetcher.Form>
        </div>
      </Details.Content>
    </Details>
  );
}

/** The clear button inside the flag form, which reloads the record's flags once the server took it. */
function ClearFlagButtonReloading({ projectId, flag, onCleared }: { projectId: string; flag: FlagJson; onCleared: () => void }) {
  const { t } = useTranslation();
  return <ClearFlagButton projectId={projectId} flag={flag} label={t("changes.attention.clearFor", { role: t(`role.${flag.role}`) })} text={t("changes.attention.clear")} onCleared={onCleared} />;
}
