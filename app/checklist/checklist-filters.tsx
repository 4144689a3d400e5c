import { Checkbox, Field, Fieldset, Label, Select } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { ChecklistFilter } from "./checklist-filter";
import { localized } from "./checklist-text";
import type { ChecklistSectionJson } from "./checklist-types";
import { statuses } from "./checklist-statuses";

/** The filters above the items; the count below them is announced as it changes. */
export function ChecklistFilters({
  sections,
  filter,
  onChange,
  shown,
  total,
}: {
  sections: ChecklistSectionJson[];
  filter: ChecklistFilter;
  onChange: (next: ChecklistFilter) => void;
  shown: number;
  total: number;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Fieldset className="checklist-filters">
      <Fieldset.Legend>{t("checklist.filters.title")}</Fieldset.Legend>
      <div className="checklist-filters__fields">
        <Field>
          <Label htmlFor="checklist-filter-section">{t("checklist.filters.section")}</Label>
          <Select id="checklist-filter-section" value={filter.section} onChange={(event) => onChange({ ...filter, section: event.currentTarget.value })}>
            <Select.Option value="">{t("checklist.filters.allSections")}</Select.Option>
            {sections.map((section) => (
              <Select.Option key={section.key} value={section.key}>
                {localized(section.title, i18n.language)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="checklist-filter-state">{t("checklist.filters.state")}</Label>
          <Select
            id="checklist-filter-state"
            value={filter.state}
            onChange={(event) => onChange({ ...filter, state: event.currentTarget.value as ChecklistFilter["state"] })}
          >
            <Select.Option value="">{t("checklist.filters.allStates")}</Select.Option>
            <Select.Option value="open">{t("checklist.filters.open")}</Select.Option>
            {statuses.map((status) => (
              <Select.Option key={status} value={status}>
                {t(`checklist.status.${status}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="checklist-filters__checks">
          <Checkbox className="checklist-choice" label={t("checklist.filters.mine")} description={t("checklist.filters.mineHelp")} checked={filter.mine} onChange={(event) => onChange({ ...filter, mine: event.currentTarget.checked })} />
          <Checkbox className="checklist-choice" label={t("checklist.filters.overdue")} checked={filter.overdue} onChange={(event) => onChange({ ...filter, overdue: event.currentTarget.checked })} />
        </div>
      </div>
      <p role="status" className="muted checklist-filters__count" data-testid="checklist-shown">
        {shown === 0 ? t("checklist.filters.none") : t("checklist.filters.shown", { count: shown, total })}
      </p>
    </Fieldset>
  );
}
