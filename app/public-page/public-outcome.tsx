/**
 * What the public form's sender sees after sending (decision 013): the receipt with its number
 * and the answer's due date, or a plain refusal (neutral for the honeypot), or the limit's wait.
 * Nothing the sender typed is shown back here.
 */
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import type { PublicFormResult } from "./public-form-types";

export function PublicOutcome({ result, slug, title }: { result: Exclude<PublicFormResult, { kind: "invalid" }>; slug: string; title: string }) {
  const { t, i18n } = useTranslation();
  const back = (
    <p className="ds-paragraph">
      <a className="ds-link" href={`/p/${slug}${i18n.language === "en" ? "?lng=en" : ""}`}>
        {t("publicPage.receipt.back")}
      </a>
      <span className="visually-hidden">: {title}</span>
    </p>
  );
  if (result.kind === "receipt") {
    return (
      <section className="stack public-outcome" aria-labelledby="inquiry-form-title" id="inquiry-form" data-testid="public-receipt">
        <h1 className="ds-heading" data-size="lg" id="inquiry-form-title">
          {t("publicPage.receipt.title")}
        </h1>
        <p className="ds-paragraph">{t("publicPage.receipt.received")}</p>
        <dl className="public-receipt">
          <dt>{t("publicPage.receipt.number")}</dt>
          <dd data-testid="receipt-number">{result.receipt}</dd>
          <dt>{t("publicPage.receipt.due")}</dt>
          <dd data-testid="receipt-due">{formatDate(result.dueDate, i18n.language)}</dd>
        </dl>
        <p className="ds-paragraph">{result.hasContact ? t("publicPage.receipt.withContact") : t("publicPage.receipt.noContact")}</p>
        {back}
      </section>
    );
  }
  const minutes = result.kind === "tooMany" ? Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) : 0;
  return (
    <section className="stack public-outcome" aria-labelledby="inquiry-form-title" id="inquiry-form" data-testid={`public-${result.kind}`}>
      <h1 className="ds-heading" data-size="lg" id="inquiry-form-title">
        {result.kind === "tooMany" ? t("publicPage.tooMany.title") : t("publicPage.refused.title")}
      </h1>
      <p className="ds-paragraph">{result.kind === "tooMany" ? t("publicPage.tooMany.text", { count: minutes }) : t("publicPage.refused.text")}</p>
      {back}
    </section>
  );
}
