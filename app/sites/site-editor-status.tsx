import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { SiteStatus } from "./site-document";

const colours: Record<SiteStatus, "info" | "accent" | "neutral" | "success"> = {
  candidate: "info",
  shortlisted: "accent",
  rejected: "neutral",
  chosen: "success",
};

/** A site's status in words (the colour only repeats it), as in the list and the site's panel. */
export function SiteStatusTag({ status }: { status: SiteStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={colours[status]} data-status={status} className="site-status">
      {t(`siteEditor.status.${status}`)}
    </Tag>
  );
}
