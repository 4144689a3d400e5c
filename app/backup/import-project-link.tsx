/**
 * The link to importing a project from a backup, for the lead to place on the projects list
 * (any signed-in account may import).
 *
 * @example
 * <ImportProjectLink />
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function ImportProjectLink() {
  const { t } = useTranslation();
  return (
    <Link className="ds-button" data-variant="secondary" to="/projects/import">
      {t("backup.importLink")}
    </Link>
  );
}
