/**
 * The public page's inquiry form (decision 013): a plain HTML POST to the page's own address,
 * so it works without JavaScript; labels linked by `id`; errors listed at the top and at each
 * field (`aria-describedby`); a honeypot field a person leaves empty (visually hidden, out of the
 * tab order, its label says so). The form's action has `#inquiry-form`, so the browser scrolls
 * back to the form (or the receipt) after sending.
 */
import { useTranslation } from "react-i18next";
import { honeypotField } from "../inquiries/inquiry-input";
import { inquiryLimits } from "../inquiries/inquiry-limits";
import type { FieldMessage } from "../inquiries/write-result";
import { publicFormFields } from "./public-form-types";

function message(entry: FieldMessage | undefined, language: string): string | undefined {
  if (!entry) return undefined;
  return language === "en" ? entry.messageEn : entry.message;
}

function Field({
  name,
  label,
  help,
  error,
  value,
  maxLength,
  multiline,
  autoComplete,
  required,
}: {
  name: string;
  label: string;
  help?: string;
  error?: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  autoComplete?: string;
  required?: boolean;
}) {
  const id = `inquiry-${name}`;
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name, className: "ds-input", maxLength, defaultValue: value, required, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
  return (
    <div className="ds-field public-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {help ? (
        <p className="ds-paragraph" data-field="description" data-size="sm" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {multiline ? <textarea rows={6} {...common} /> : <input type="text" autoComplete={autoComplete} {...common} />}
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function PublicInquiryForm({
  slug,
  answerDays,
  level,
  fields = {},
  values = {},
  disabled = false,
}: {
  slug: string;
  answerDays: number;
  level: number;
  fields?: Record<string, FieldMessage>;
  values?: Record<string, string>;
  /** The planners' preview shows the form but does not send it. */
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const errors = publicFormFields.filter((field) => fields[field]);
  const Heading = `h${Math.min(level, 6) as 2 | 3}` as const;
  const labels: Record<(typeof publicFormFields)[number], string> = {
    fromName: t("publicPage.form.name"),
    fromContact: t("publicPage.form.contact"),
    topic: t("publicPage.form.topic"),
    body: t("publicPage.form.body"),
  };
  return (
    <section aria-labelledby="inquiry-form-title" className="public-section public-form" id="inquiry-form">
      <Heading className="ds-heading" data-size="md" id="inquiry-form-title">
        {t("publicPage.form.title")}
      </Heading>
      <p className="ds-paragraph">{t("publicPage.form.intro", { count: answerDays })}</p>
      <p className="ds-paragraph" data-size="sm">
        {t("publicPage.form.privacy")}
      </p>
      {errors.length > 0 ? (
        <div className="ds-error-summary public-errors" role="alert" aria-labelledby="inquiry-errors-title" data-testid="public-form-errors">
          <h3 className="ds-heading" data-size="xs" id="inquiry-errors-title">
            {t("publicPage.form.errors")}
          </h3>
          <ul>
            {errors.map((field) => (
              <li key={field}>
                <a className="ds-link" href={`#inquiry-${field}`}>
                  {labels[field]}: {message(fields[field], language)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={disabled ? undefined : `/p/${slug}${language === "en" ? "?lng=en" : ""}#inquiry-form`} className="stack public-form__fields" noValidate={false}>
        <Field name="fromName" label={labels.fromName} error={message(fields.fromName, language)} value={values.fromName ?? ""} maxLength={inquiryLimits.fromName} autoComplete="name" />
        <Field name="fromContact" label={labels.fromContact} error={message(fields.fromContact, language)} value={values.fromContact ?? ""} maxLength={inquiryLimits.fromContact} autoComplete="email" />
        <Field name="topic" label={labels.topic} error={message(fields.topic, language)} value={values.topic ?? ""} maxLength={inquiryLimits.topic} required />
        <Field
          name="body"
          label={labels.body}
          help={t("publicPage.form.bodyHelp", { max: inquiryLimits.body })}
          error={message(fields.body, language)}
          value={values.body ?? ""}
          maxLength={inquiryLimits.body}
          multiline
          required
        />
        {/* A person leaves this empty (its label says so); a robot filling every field does not. */}
        <div className="public-honeypot">
          <label htmlFor="inquiry-website">{t("publicPage.form.honeypot")}</label>
          <input id="inquiry-website" type="text" name={honeypotField} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <div>
          <button type="submit" className="ds-button" data-variant="primary" disabled={disabled || undefined}>
            {t("publicPage.form.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
