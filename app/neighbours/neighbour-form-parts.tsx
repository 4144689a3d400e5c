/** Small parts every neighbour form shares: the server's refusal and the "Saved." status line. */
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { NeighbourForm } from "./use-neighbour-form";

/** The refusal as a whole; with `unlessFields`, only when no field shows its own message. */
export function FormProblem({ form, unlessFields = false }: { form: NeighbourForm; unlessFields?: boolean }) {
  if (!form.message || (unlessFields && form.problem?.fields)) return null;
  return (
    <Alert data-color="danger" data-size="sm">
      {form.message}
    </Alert>
  );
}

/** A live region that says "Saved." once the server took the form. */
export function Saved({ form }: { form: NeighbourForm }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" data-size="sm" className="muted">
      {form.saved ? t("neighbours.saved") : ""}
    </Paragraph>
  );
}
