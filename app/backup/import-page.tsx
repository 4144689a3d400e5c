/**
 * The import page (decision 014): one file field and a button. A plain multipart form, so it
 * works without JavaScript; a refusal is shown above the form with what was wrong, in the
 * reader's language, and the file field is marked and described by it.
 */
import { Alert, Button, Field, Heading, Input, Label, Paragraph } from "@digdir/designsystemet-react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { BackupProblem } from "./backup-problems";

export function ImportPage({ problem }: { problem: BackupProblem | null }) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle" && navigation.formMethod?.toLowerCase() === "post";
  const message = problem ? (i18n.language.startsWith("en") ? problem.messageEn : problem.message) : null;
  return (
    <main id="main" className="page page--narrow stack" tabIndex={-1}>
      <Heading level={1} data-size="lg">
        {t("backup.importTitle")}
      </Heading>
      <Paragraph>{t("backup.importIntro")}</Paragraph>
      {message ? (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t("backup.refused")}
          </Heading>
          <Paragraph id="archive-refused">{message}</Paragraph>
        </Alert>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="stack">
        <Field>
          <Label htmlFor="archive">{t("backup.importField")}</Label>
          <Paragraph data-size="sm" id="archive-help">
            {t("backup.importHelp")}
          </Paragraph>
          <Input
            type="file"
            id="archive"
            name="archive"
            accept=".zip,application/zip"
            required
            aria-describedby={message ? "archive-help archive-refused" : "archive-help"}
            aria-invalid={message ? true : undefined}
          />
        </Field>
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? t("backup.importing") : t("backup.importSubmit")}
          </Button>
        </div>
      </Form>
    </main>
  );
}
