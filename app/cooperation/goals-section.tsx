import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import type { CooperationSnapshot, GoalJson } from "./cooperation-types";
import { limits } from "./cooperation-vocabulary";
import { RemoveButton } from "./remove-button";
import { cooperationActionUrl, useCooperationForm } from "./use-cooperation-form";

const goalFields = ["title", "target", "achieved", "unit", "dueDate"] as const;

/** The bar for the eye; the figures beside it say the same in words. */
function GoalBar({ percent }: { percent: number }) {
  return (
    <span className="cooperation-bar" aria-hidden="true">
      <span className="cooperation-bar__done" style={{ width: `${percent}%` }} />
    </span>
  );
}

/** A planner updates how much of a goal is reached (the other fields go along unchanged). */
function UpdateAchievedForm({ goal, projectId }: { goal: GoalJson; projectId: string }) {
  const { t } = useTranslation();
  const form = useCooperationForm();
  const message = form.messageUnlessShown(["achieved"]);
  return (
    <form.fetcher.Form method="post" action={cooperationActionUrl(projectId)} className="row cooperation-goal__update" aria-label={t("cooperation.goals.updateLabel", { title: goal.title })} noValidate>
      <input type="hidden" name="intent" value="updateGoal" />
      <input type="hidden" name="goalId" value={goal.id} />
      <input type="hidden" name="title" value={goal.title} />
      <input type="hidden" name="target" value={goal.target} />
      <input type="hidden" name="unit" value={goal.unit} />
      <input type="hidden" name="dueDate" value={goal.dueDate ?? ""} />
      <Textfield
        key={goal.achieved}
        type="number"
        inputMode="numeric"
        min={0}
        max={limits.goalNumber}
        name="achieved"
        label={t("cooperation.goals.achieved")}
        defaultValue={goal.achieved}
        error={form.fieldError("achieved")}
        className="cooperation-number"
      />
      <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
        {t("cooperation.goals.update")}
      </Button>
      <Paragraph role="status" data-size="sm" className="muted">
        {form.saved ? t("cooperation.saved") : ""}
      </Paragraph>
      {message ? (
        <Alert data-color="danger" data-size="sm">
          {message}
        </Alert>
      ) : null}
    </form.fetcher.Form>
  );
}

function AddGoalForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCooperationForm({ onSaved: () => formRef.current?.reset() });
  const message = form.messageUnlessShown(goalFields);
  return (
    <form.fetcher.Form ref={formRef} method="post" action={cooperationActionUrl(projectId)} className="stack cooperation-form" aria-labelledby="goal-add-title" noValidate>
      <h3 id="goal-add-title" className="ds-heading" data-size="xs">
        {t("cooperation.goals.addTitle")}
      </h3>
      <input type="hidden" name="intent" value="addGoal" />
      <div className="cooperation-form__fields">
        <Textfield name="title" label={t("cooperation.goals.titleLabel")} description={t("cooperation.goals.titleHelp")} maxLength={limits.goalTitle} required error={form.fieldError("title")} />
        <Textfield type="number" inputMode="numeric" min={1} max={limits.goalNumber} name="target" label={t("cooperation.goals.target")} required error={form.fieldError("target")} />
        <Textfield type="number" inputMode="numeric" min={0} max={limits.goalNumber} name="achieved" label={t("cooperation.goals.achieved")} defaultValue={0} error={form.fieldError("achieved")} />
        <Textfield name="unit" label={t("cooperation.goals.unit")} description={t("cooperation.goals.unitHelp")} maxLength={limits.unit} error={form.fieldError("unit")} />
        <Textfield type="date" name="dueDate" label={`${t("cooperation.goals.dueDate")} ${t("cooperation.optional")}`} error={form.fieldError("dueDate")} />
      </div>
      {message ? (
        <Alert data-color="danger" data-size="sm">
          {message}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("cooperation.goals.add")}
        </Button>
        <Paragraph role="status" data-size="sm" className="muted">
          {form.saved ? t("cooperation.goals.added") : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}

/** The agreement's measurable goals: how much is reached, as text and a bar with its numbers. */
export function GoalsSection({ snapshot }: { snapshot: CooperationSnapshot }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="stack cooperation-section" aria-labelledby="goals-title" data-testid="goals">
      <h2 id="goals-title" className="ds-heading" data-size="sm">
        {t("cooperation.goals.title")}
      </h2>
      <Paragraph>{t("cooperation.goals.intro")}</Paragraph>
      {snapshot.goals.length === 0 ? <Paragraph className="muted">{t("cooperation.goals.empty")}</Paragraph> : null}
      <ul className="cooperation-goals">
        {snapshot.goals.map((goal) => (
          <li key={goal.id} className="cooperation-goal" data-goal={goal.title}>
            <h3 className="ds-heading" data-size="xs">
              {goal.title}
            </h3>
            <p className="cooperation-goal__figure" data-testid="goal-progress">
              {t(goal.unit ? "cooperation.goals.progress" : "cooperation.goals.progressNoUnit", { achieved: goal.achieved, target: goal.target, unit: goal.unit, percent: goal.percent })}
            </p>
            <GoalBar percent={goal.percent} />
            {goal.dueDate ? <Paragraph data-size="sm">{t("cooperation.goals.due", { date: formatDate(goal.dueDate, i18n.language) })}</Paragraph> : null}
            {snapshot.may.write ? (
              <div className="row cooperation-goal__actions">
                <UpdateAchievedForm goal={goal} projectId={snapshot.projectId} />
                <RemoveButton projectId={snapshot.projectId} intent="removeGoal" idName="goalId" id={goal.id} name={goal.title} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {snapshot.may.write ? <AddGoalForm projectId={snapshot.projectId} /> : null}
    </section>
  );
}
