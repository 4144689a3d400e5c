import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { homeName } from "./checklist-text";
import type { ChecklistItemJson, ChecklistSnapshot } from "./checklist-types";

/** An item's evidence: how many files, for the project and for each home. */
export function ItemEvidence({ item, snapshot }: { item: ChecklistItemJson; snapshot: ChecklistSnapshot }) {
  const { t } = useTranslation();
  const places = Object.entries(item.evidence.byHome).filter(([, files]) => files > 0);
  return (
    <section className="stack" aria-labelledby={`evidence-${item.key}`}>
      <h5 id={`evidence-${item.key}`} className="ds-heading" data-size="2xs">
        {t("checklist.evidence.title")}
      </h5>
      {places.length === 0 ? (
        <Paragraph className="muted">{t("checklist.evidence.none")}</Paragraph>
      ) : (
        <ul className="checklist-evidence-counts">
          {places.map(([homeId, files]) => (
            <li key={homeId}>
              {homeName(snapshot, homeId, t)}: {t("checklist.evidence.count", { count: files })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
