import { Button, Field, Heading, Label, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "../i18n/page-title";
import { requireUser } from "../auth/session.server";
import { createProject, projectSchema } from "../projects/projects.server";
import { housingForms } from "../projects/vocabulary";
import { FormErrorSummary } from "../ui/error-summary";
import { fieldErrorsOf, submittedValues } from "../ui/form-errors";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "projectForm.title") }];

const fields = ["name", "municipality", "housingForm", "homeCount", "description"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(context.db, request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(context.db, request);
  const form = await request.formData();
  const values = submittedValues(form, fields);
  const parsed = projectSchema.safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrorsOf(parsed.error), values }, { status: 400 });
  const project = await createProject(context.db, user.id, parsed.data);
  context.logger.info({ projectId: project.id, userId: user.id }, "project created");
  return redirect(`/projects/${project.id}`);
}

export default function NewProject() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = result?.errors;
  const error = (field: string) => (errors?.[field] ? t(errors[field]) : undefined);
  return (
    <main id="main" className="page page--narrow" tabIndex={-1}>
      <Form method="post" className="stack" noValidate>
        <Heading level={1} data-size="lg">
          {t("projectForm.title")}
        </Heading>
        <FormErrorSummary errors={errors} />
        <Textfield
          label={t("projectForm.name")}
          name="name"
          id="name"
          defaultValue={result?.values.name}
          error={error("name")}
          required
        />
        <Textfield
          label={t("projectForm.municipality")}
          name="municipality"
          id="municipality"
          defaultValue={result?.values.municipality}
          error={error("municipality")}
          required
        />
        <Field>
          <Label htmlFor="housingForm">{t("projectForm.housingForm")}</Label>
          <Select
            name="housingForm"
            id="housingForm"
            defaultValue={result?.values.housingForm ?? ""}
            aria-invalid={error("housingForm") ? true : undefined}
            required
          >
            <Select.Option value="" disabled>
              {t("projectForm.chooseHousingForm")}
            </Select.Option>
            {housingForms.map((form) => (
              <Select.Option key={form} value={form}>
                {t(`housingForm.${form}`)}
              </Select.Option>
            ))}
          </Select>
          {error("housingForm") ? <ValidationMessage>{error("housingForm")}</ValidationMessage> : null}
        </Field>
        <Textfield
          label={t("projectForm.homeCount")}
          name="homeCount"
          id="homeCount"
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          defaultValue={result?.values.homeCount ?? "1"}
          error={error("homeCount")}
          required
        />
        <Textfield
          multiline
          rows={4}
          label={t("projectForm.description")}
          description={t("projectForm.descriptionHelp")}
          name="description"
          id="description"
          defaultValue={result?.values.description}
          error={error("description")}
        />
        <div>
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("projectForm.submit")}
          </Button>
        </div>
      </Form>
    </main>
  );
}
