/**
 * The communication log page (decision 013), planners only: the entries newest first with their
 * files, and the forms to add, correct and remove them.
 */
import { Button, Field, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FileList } from "../files/file-list";
import type { StoredFileInfo } from "../files/file-types";
import { FileUpload } from "../files/file-upload";
import { formatDate, todayInOslo } from "../ui/format-time";
import { maxChannelLength, maxSummaryLength } from "./communication-input";
import type { CommunicationJson } from "./communication-store.server";
import { FormProblem, Saved } from "./neighbour-form-parts";
import { audiences, communicationKinds, noticeChannels, type NoticeChannel } from "./neighbour-vocabulary";
import { useNeighbourForm } from "./use-neighbour-form";

const actionUrl = (projectId: string) => `/projects/${projectId}/neighbours/log`;
const isNoticeChannel = (value: string): value is NoticeChannel => (noticeChannels as readonly string[]).includes(value);

function EntryForm({ projectId, entry, idBase }: { projectId: string; entry?: CommunicationJson; idBase: string }) {
  const { t } = useTranslation();
  const [key, setKey] = useState(0);
  const form = useNeighbourForm({ onSaved: () => (entry ? undefined : setKey((value) => value + 1)) });
  return (
    <form.fetcher.Form key={key} method="post" action={actionUrl(projectId)} className="neighbours-form" aria-labelledby={`${idBase}-title`} noValidate>
      <h4 id={`${idBase}-title`} className="ds-heading" data-size="xs">
        {entry ? t("neighbours.log.form.editTitle") : t("neighbours.log.form.addTitle")}
      </h4>
      <input type="hidden" name="intent" value={entry ? "editEntry" : "addEntry"} />
      {entry ? <input type="hidden" name="entryId" value={entry.id} /> : null}
      <div className="neighbours-form__when">
        <Field>
          <Label htmlFor={`${idBase}-kind`}>{t("neighbours.log.form.kind")}</Label>
          <Select id={`${idBase}-kind`} name="kind" defaultValue={entry?.kind ?? "letter"}>
            {communicationKinds.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`neighbours.kind.${kind}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield id={`${idBase}-date`} type="date" name="date" label={t("neighbours.log.form.date")} defaultValue={entry?.date ?? todayInOslo()} required error={form.fieldError("date")} />
      </div>
      <Field>
        <Label htmlFor={`${idBase}-audience`}>{t("neighbours.log.form.audience")}</Label>
        <Select id={`${idBase}-audience`} name="audience" defaultValue={entry?.audience ?? "neighbours"}>
          {audiences.map((audience) => (
            <Select.Option key={audience} value={audience}>
              {t(`neighbours.audience.${audience}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        id={`${idBase}-channel`}
        name="channel"
        label={t("neighbours.log.form.channel")}
        description={t("neighbours.log.form.channelHelp")}
        defaultValue={entry?.channel ?? ""}
        maxLength={maxChannelLength}
        error={form.fieldError("channel")}
      />
      <Textfield
        id={`${idBase}-summary`}
        multiline
        rows={3}
        name="summary"
        label={t("neighbours.log.form.summary")}
        description={t("neighbours.log.form.summaryHelp")}
        defaultValue={entry?.summary ?? ""}
        maxLength={maxSummaryLength}
        required
        error={form.fieldError("summary")}
      />
      <FormProblem form={form} unlessFields />
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {entry ? t("neighbours.log.form.save") : t("neighbours.log.form.add")}
        </Button>
        <Saved form={form} />
      </div>
    </form.fetcher.Form>
  );
}

function RemoveForm({ projectId, entry }: { projectId: string; entry: CommunicationJson }) {
  const { t } = useTranslation();
  const form = useNeighbourForm();
  return (
    <form.fetcher.Form method="post" action={actionUrl(projectId)} className="neighbours-controls">
      <input type="hidden" name="intent" value="removeEntry" />
      <input type="hidden" name="entryId" value={entry.id} />
      <span className="muted" id={`remove-help-${entry.id}`}>
        {t("neighbours.log.removeHelp")}
      </span>
      <Button type="submit" variant="secondary" data-color="danger" aria-describedby={`remove-help-${entry.id}`} aria-disabled={form.busy || undefined}>
        {t("neighbours.log.remove")}
      </Button>
      <FormProblem form={form} />
    </form.fetcher.Form>
  );
}

function EntryCard({ projectId, entry, files, userId }: { projectId: string; entry: CommunicationJson; files: StoredFileInfo[]; userId: string }) {
  const { t, i18n } = useTranslation();
  const channel = entry.kind === "notice" && isNoticeChannel(entry.channel) ? t(`neighbours.noticeChannel.${entry.channel}`) : entry.channel;
  return (
    <li className="neighbours-card" data-testid="log-entry" data-kind={entry.kind}>
      <h4 className="ds-heading" data-size="2xs">
        {t("neighbours.log.heading", { kind: t(`neighbours.kind.${entry.kind}`), date: formatDate(entry.date, i18n.language) })}
      </h4>
      <dl className="neighbours-facts">
        <dt>{t("neighbours.log.audience")}</dt>
        <dd>{t(`neighbours.audience.${entry.audience}`)}</dd>
        {channel ? (
          <>
            <dt>{t("neighbours.log.channel")}</dt>
            <dd>{channel}</dd>
          </>
        ) : null}
      </dl>
      <p className="neighbours-text">{entry.summary}</p>
      {entry.letterId ? (
        <p>
          <a className="ds-link" href={`/projects/${projectId}/neighbours/letters/${entry.letterId}`}>
            {t("neighbours.log.fromLetter")}
          </a>
        </p>
      ) : null}
      <details>
        <summary>
          {t("neighbours.log.files")} ({files.length})
        </summary>
        <div className="stack">
          <FileList projectId={projectId} files={files} removal={{ userId, mayRemoveAny: true }} />
          <FileUpload projectId={projectId} purpose="communication" subjectKey={entry.id} />
        </div>
      </details>
      <details>
        <summary>{t("neighbours.log.edit")}</summary>
        <div className="stack">
          <EntryForm projectId={projectId} entry={entry} idBase={`edit-${entry.id}`} />
          <RemoveForm projectId={projectId} entry={entry} />
        </div>
      </details>
    </li>
  );
}

export function LogPage({ projectId, entries, files, userId }: { projectId: string; entries: CommunicationJson[]; files: StoredFileInfo[]; userId: string }) {
  const { t } = useTranslation();
  return (
    <section className="neighbours-section" aria-labelledby="log-title">
      <h3 id="log-title" className="ds-heading" data-size="sm">
        {t("neighbours.log.title")}
      </h3>
      <Paragraph>{t("neighbours.log.intro")}</Paragraph>
      <EntryForm projectId={projectId} idBase="add-entry" />
      {entries.length === 0 ? (
        <Paragraph>{t("neighbours.log.empty")}</Paragraph>
      ) : (
        <>
          <p>{t("neighbours.log.count", { count: entries.length })}</p>
          <ol className="neighbours-cards" reversed>
            {entries.map((entry) => (
              <EntryCard key={entry.id} projectId={projectId} entry={entry} files={files.filter((file) => file.subjectKey === entry.id)} userId={userId} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
