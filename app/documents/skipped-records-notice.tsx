import { Alert } from "@digdir/designsystemet-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { SyncDomain } from "../permissions";
import { countSkippedRecords } from "./document-problems";
import { sharedDocumentSchemas } from "./index";

/** The maps a notice can speak of (one text each in ./messages.ts). */
export type NoticeMap = "sites" | "decisions" | "project" | "assessmentSettings" | "areas";

/**
 * A short, polite notice when the page's readers skipped records of a shared document that fail
 * its schema (an old offline copy, older data): how many, and who can look at them. Nothing is
 * shown when every record is readable. Follows the document live.
 *
 * @example
 * <SkippedRecordsNotice doc={planDoc} domain="plan" maps={["sites", "assessmentSettings"]} />
 */
export function SkippedRecordsNotice({ doc, domain, maps }: { doc: Y.Doc | undefined; domain: SyncDomain; maps: readonly NoticeMap[] }) {
  const { t } = useTranslation();
  const version = useDocumentVersion(doc);
  const mapsKey = maps.join(",");
  const skipped = useMemo(
    () => (doc ? countSkippedRecords(doc, sharedDocumentSchemas[domain], mapsKey.split(",")) : []),
    // version: recount after every change of the document.
    [doc, domain, mapsKey, version],
  );
  if (skipped.length === 0) return null;
  return (
    <Alert data-color="warning" data-testid="skipped-records">
      {skipped.map(({ map, count }) => (
        <p key={map} style={{ margin: 0 }}>
          {t(`documents.skipped.${map as NoticeMap}`, { count })}
        </p>
      ))}
    </Alert>
  );
}

/** A number that changes after every transaction on the document. */
function useDocumentVersion(doc: Y.Doc | undefined): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!doc) return;
    const bump = () => setVersion((value) => value + 1);
    doc.on("afterTransaction", bump);
    bump(); // changes between the render and this effect
    return () => doc.off("afterTransaction", bump);
  }, [doc]);
  return version;
}
