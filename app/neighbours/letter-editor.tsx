/**
 * One letter's page (decision 013), planners only: its blanks beside a preview of the letter as
 * it will be printed, the stigmatising-word warnings for what was typed (before anything is
 * printed), the print page and the PDF for the address list or the neighbourhood, "mark as sent"
 * and delete. The preview and the warnings follow the form as the planner types.
 */
import { Alert, Button, Checkbox, Field, Fieldset, Label, Paragraph, Radio, Select, Textfield } from "@digdir/designsystemet-react";
import { Link, useNavigate } from "@remix-run/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, todayInOslo } from "../ui/format-time";
import type { Language } from "../i18n/config";
import type { LetterRecipient } from "./letter-compose";
import { composeLetter, housingText } from "./letter-compose";
import { LetterSheet } from "./letter-document";
import { maxTitleLength, type LetterRecipients } from "./letter-input";
import type { LetterJson } from "./letter-store.server";
import { letterCss } from "./letter-styles";
import type { BlankSpec, LetterFields, LetterProject } from "./letter-templates";
import { letterTemplates, maxLineLength, maxTextLength } from "./letter-templates";
import { FormProblem, Saved } from "./neighbour-form-parts";
import { useNeighbourForm } from "./use-neighbour-form";
import type { WordHit } from "./word-check";
import { checkWords } from "./word-check";

export interface LetterEditorData {
  projectId: string;
  letter: LetterJson;
  project: LetterProject;
  addressCount: number;
  firstAddress: LetterRecipient | null;
}

const inputType: Record<BlankSpec["kind"], "text" | "date" | "time" | "email" | "tel"> = { line: "text", text: "text", date: "date", time: "time", email: "email", phone: "tel" };

function BlankField({ blank, value, onChange, error }: { blank: BlankSpec; value: string; onChange: (value: string) => void; error?: string }) {
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  const common = {
    id: `blank-${blank.name}`,
    name: `field.${blank.name}`,
    label: english ? blank.label.en : blank.label.nb,
    description: blank.help ? (english ? blank.help.en : blank.help.nb) : undefined,
    value,
    required: blank.required,
    error,
  };
  if (blank.kind === "text") return <Textfield {...common} multiline rows={4} maxLength={maxTextLength} onChange={(event) => onChange(event.currentTarget.value)} />;
  return <Textfield {...common} type={inputType[blank.kind]} maxLength={maxLineLength} onChange={(event) => onChange(event.currentTarget.value)} />;
}

/** The warnings for what was typed, field by field, with the plainer suggestion. */
function WordWarnings({ hits }: { hits: { field: string; hit: WordHit }[] }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="letter-words-title" data-testid="word-warnings" data-count={hits.length}>
      <h4 id="letter-words-title" className="ds-heading" data-size="xs">
        {t("neighbours.letters.editor.words.title")}
      </h4>
      {hits.length === 0 ? (
        <Paragraph data-size="sm">{t("neighbours.letters.editor.words.none")}</Paragraph>
      ) : (
        <Alert data-color="warning">
          <p>{t("neighbours.letters.editor.words.intro", { count: hits.length })}</p>
          <ul className="letter-words">
            {hits.map(({ field, hit }, index) => (
              <li key={`${field}-${hit.start}-${index}`}>
                <strong>{t("neighbours.letters.editor.words.hit", { found: hit.found, field })}</strong>. {hit.why} {t("neighbours.letters.editor.words.suggestion", { suggestion: hit.suggestion })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}

function PrintLinks({ data, dirty }: { data: LetterEditorData; dirty: boolean }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<LetterRecipients>(data.addressCount > 0 ? "list" : "neighbourhood");
  const base = `/projects/${data.projectId}/neighbours/letters/${data.letter.id}`;
  const printUrl = `/projects/${data.projectId}/neighbours/letters/${data.letter.id}/print?to=${to}`;
  return (
    <section className="stack" aria-labelledby="letter-print-title">
      <h4 id="letter-print-title" className="ds-heading" data-size="xs">
        {t("neighbours.letters.editor.print.title")}
      </h4>
      <Fieldset>
        <Fieldset.Legend>{t("neighbours.letters.editor.print.to")}</Fieldset.Legend>
        <Radio name="printTo" value="list" label={t("neighbours.letters.editor.print.toList", { count: data.addressCount })} checked={to === "list"} onChange={() => setTo("list")} disabled={data.addressCount === 0} />
        <Radio name="printTo" value="neighbourhood" label={t("neighbours.letters.editor.print.toNeighbourhood")} checked={to === "neighbourhood"} onChange={() => setTo("neighbourhood")} />
      </Fieldset>
      {data.addressCount === 0 ? <Paragraph data-size="sm">{t("neighbours.letters.editor.print.emptyList")}</Paragraph> : null}
      {dirty ? <Alert data-color="info" data-size="sm">{t("neighbours.letters.editor.saveFirst")}</Alert> : null}
      <p className="neighbours-links">
        <a className="ds-link" href={printUrl} data-testid="print-page-link">
          {t("neighbours.letters.editor.print.page")}
        </a>
        <a className="ds-link" href={`${base}/pdf?to=${to}`} download data-testid="pdf-link" aria-describedby="pdf-help">
          {t("neighbours.letters.editor.print.pdf")}
        </a>
      </p>
      <Paragraph id="pdf-help" data-size="sm" className="muted">
        {t("neighbours.letters.editor.print.pdfHelp")}
      </Paragraph>
    </section>
  );
}

function MarkSent({ data }: { data: LetterEditorData }) {
  const { t, i18n } = useTranslation();
  const form = useNeighbourForm();
  const [to, setTo] = useState<LetterRecipients>(data.addressCount > 0 ? "list" : "neighbourhood");
  const done = form.fetcher.data?.ok ? form.fetcher.data.details : undefined;
  return (
    <section className="stack" aria-labelledby="letter-sent-title">
      <h4 id="letter-sent-title" className="ds-heading" data-size="xs">
        {t("neighbours.letters.editor.sent.title")}
      </h4>
      <Paragraph data-size="sm">{t("neighbours.letters.editor.sent.help")}</Paragraph>
      {data.letter.sent.length > 0 ? (
        <div>
          <p>{t("neighbours.letters.editor.sent.history")}:</p>
          <ul>
            {data.letter.sent.map((sent, index) => (
              <li key={index}>
                {formatDate(sent.date, i18n.language)}: {sent.summary}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form.fetcher.Form method="post" action={`/projects/${data.projectId}/neighbours/letters/${data.letter.id}`} className="neighbours-form" noValidate>
        <input type="hidden" name="intent" value="markSent" />
        <Textfield id="sent-date" type="date" name="date" label={t("neighbours.letters.editor.sent.date")} defaultValue={todayInOslo()} required error={form.fieldError("date")} />
        <Fieldset>
          <Fieldset.Legend>{t("neighbours.letters.editor.print.to")}</Fieldset.Legend>
          <Radio name="recipients" value="list" label={t("neighbours.letters.editor.print.toList", { count: data.addressCount })} checked={to === "list"} onChange={() => setTo("list")} disabled={data.addressCount === 0} />
          <Radio name="recipients" value="neighbourhood" label={t("neighbours.letters.editor.print.toNeighbourhood")} checked={to === "neighbourhood"} onChange={() => setTo("neighbourhood")} />
        </Fieldset>
        <Textfield id="sent-channel" name="channel" label={t("neighbours.letters.editor.sent.channel")} description={t("neighbours.letters.editor.sent.channelHelp")} maxLength={120} error={form.fieldError("channel")} />
        {form.message ? (
          <Alert data-color="danger" data-size="sm">
            {form.message}
          </Alert>
        ) : null}
        <div className="row">
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {t("neighbours.letters.editor.sent.submit")}
          </Button>
          <Paragraph role="status" data-size="sm">
            {done && form.saved ? (to === "list" ? t("neighbours.letters.editor.sent.done", { count: Number(done.count) }) : t("neighbours.letters.editor.sent.doneNeighbourhood")) : ""}
          </Paragraph>
        </div>
      </form.fetcher.Form>
    </section>
  );
}

function DeleteLetter({ data }: { data: LetterEditorData }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useNeighbourForm({ onSaved: () => navigate(`/projects/${data.projectId}/neighbours/letters`) });
  return (
    <details>
      <summary>{t("neighbours.letters.editor.delete")}</summary>
      <form.fetcher.Form method="post" action={`/projects/${data.projectId}/neighbours/letters/${data.letter.id}`} className="neighbours-controls">
        <input type="hidden" name="intent" value="deleteLetter" />
        <Checkbox name="confirm" value="yes" label={t("neighbours.letters.editor.deleteConfirm")} description={t("neighbours.letters.editor.deleteHelp")} />
        <Button type="submit" variant="secondary" data-color="danger" aria-disabled={form.busy || undefined}>
          {t("neighbours.letters.editor.delete")}
        </Button>
        <FormProblem form={form} />
      </form.fetcher.Form>
    </details>
  );
}

export function LetterEditor({ data }: { data: LetterEditorData }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === "en";
  const template = letterTemplates[data.letter.templateKey];
  const [title, setTitle] = useState(data.letter.title);
  const [fields, setFields] = useState<LetterFields>(data.letter.fields);
  const [dirty, setDirty] = useState(false);
  const form = useNeighbourForm({ onSaved: () => setDirty(false) });
  const set = (name: string, value: string) => {
    setDirty(true);
    setFields((current) => ({ ...current, [name]: value }) as LetterFields);
  };
  const language: Language = fields.language;
  const preview = useMemo(() => composeLetter(template, fields, data.project, data.firstAddress), [template, fields, data.project, data.firstAddress]);
  const hits = useMemo(() => {
    const found: { field: string; hit: WordHit }[] = checkWords(title, language).map((hit) => ({ field: t("neighbours.letters.editor.titleField"), hit }));
    for (const blank of template.blanks) {
      if (blank.kind !== "line" && blank.kind !== "text") continue;
      for (const hit of checkWords(fields[blank.name] ?? "", language)) found.push({ field: english ? blank.label.en : blank.label.nb, hit });
    }
    return found;
  }, [title, fields, language, template, english, t]);

  return (
    <section className="neighbours-section" aria-labelledby="letter-title">
      <p>
        <Link className="ds-link neighbours-row-link" to={`/projects/${data.projectId}/neighbours/letters`}>
          {t("neighbours.letters.editor.back")}
        </Link>
      </p>
      <h3 id="letter-title" className="ds-heading" data-size="sm">
        {data.letter.title} <span className="muted">({english ? template.name.en : template.name.nb})</span>
      </h3>
      <div className="letter-editor">
        <div className="stack">
          <form.fetcher.Form method="post" action={`/projects/${data.projectId}/neighbours/letters/${data.letter.id}`} className="neighbours-form" aria-labelledby="letter-fill-title" noValidate>
            <h4 id="letter-fill-title" className="ds-heading" data-size="xs">
              {t("neighbours.letters.editor.fillIn")}
            </h4>
            <input type="hidden" name="intent" value="saveLetter" />
            <Textfield
              id="letter-name"
              name="title"
              label={t("neighbours.letters.editor.titleField")}
              value={title}
              maxLength={maxTitleLength}
              required
              error={form.fieldError("title")}
              onChange={(event) => {
                setDirty(true);
                setTitle(event.currentTarget.value);
              }}
            />
            <Field>
              <Label htmlFor="letter-language">{t("neighbours.letters.editor.language")}</Label>
              <Select id="letter-language" name="field.language" value={fields.language} onChange={(event) => set("language", event.currentTarget.value)}>
                <Select.Option value="nb">{t("neighbours.letters.editor.languages.nb")}</Select.Option>
                <Select.Option value="en">{t("neighbours.letters.editor.languages.en")}</Select.Option>
              </Select>
            </Field>
            <Paragraph data-size="sm" className="muted">
              {t("neighbours.letters.editor.fromProject", { housing: housingText(data.project, english ? "en" : "nb") })}
            </Paragraph>
            {template.blanks.map((blank) => (
              <BlankField key={blank.name} blank={blank} value={fields[blank.name] ?? ""} onChange={(value) => set(blank.name, value)} error={form.fieldError(blank.name)} />
            ))}
            <FormProblem form={form} />
            <div className="row">
              <Button type="submit" aria-disabled={form.busy || undefined}>
                {t("neighbours.letters.editor.save")}
              </Button>
              <Saved form={form} />
            </div>
          </form.fetcher.Form>
          <WordWarnings hits={hits} />
          <PrintLinks data={data} dirty={dirty} />
          <MarkSent data={data} />
          <DeleteLetter data={data} />
        </div>
        <section className="stack letter-preview" aria-labelledby="letter-preview-title">
          <h4 id="letter-preview-title" className="ds-heading" data-size="xs">
            {t("neighbours.letters.editor.preview")}
          </h4>
          <Paragraph data-size="sm" className="muted">
            {t("neighbours.letters.editor.previewHelp")}
          </Paragraph>
          <style>{letterCss}</style>
          <LetterSheet letter={preview} index={0} />
        </section>
      </div>
    </section>
  );
}
