import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Table, Textfield } from "@digdir/designsystemet-react";
import { Link, useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../permissions";
import type { ImportProblem } from "../reference-data/import-problem";
import { listSites, sitesMap } from "../sites/site-document";
import { useObserveDeep, useSharedDocument } from "../sync/use-shared-document";
import { formatDateTime } from "../ui/format-time";
import { boxFields, parseBoundingBox, type BoxField } from "./bounding-box-input";
import { readImportStream, type ImportEvent } from "./read-import-stream";

export interface LayerRow {
  id: string;
  source: string;
  name: string;
  featureCount: number;
  createdAt: string;
}

type Outcome = { kind: "success"; text: string } | { kind: "error"; text: string } | null;

/** The words of a problem from the server, in the interface's language. */
function problemText(problem: ImportProblem | undefined, language: string, fallback: string): string {
  if (!problem) return fallback;
  return language === "en" ? problem.messageEn : problem.message;
}

/** The project's sites as one GeoJSON FeatureCollection text, for "import around the sites". */
function useSitesGeoJson(projectId: string, self: { id: string; name: string; role: Role }): { text: string; count: number } | null {
  const shared = useSharedDocument(`project/${projectId}/plan`, self);
  useObserveDeep(shared ? sitesMap(shared.doc) : undefined);
  if (!shared) return null;
  const sites = listSites(shared.doc);
  const collection = {
    type: "FeatureCollection",
    features: sites.map((site) => ({ type: "Feature", properties: { name: site.name }, geometry: site.geometry })),
  };
  return { text: JSON.stringify(collection), count: sites.length };
}

/**
 * The project's map data: the stored layers, an import from OpenStreetMap with its progress, and a
 * GeoJSON upload. Requests go to the reference-data resource route, which checks the role again.
 */
export function MapDataPage({
  projectId,
  self,
  layers,
  mayImport,
}: {
  projectId: string;
  self: { id: string; name: string; role: Role };
  layers: LayerRow[];
  mayImport: boolean;
}) {
  const { t, i18n } = useTranslation();
  const revalidator = useRevalidator();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const endpoint = `/projects/${projectId}/reference-data`;

  const remove = async (layer: LayerRow) => {
    if (!window.confirm(t("mapData.confirmDelete", { name: layer.name }))) return;
    const form = new FormData();
    form.set("intent", "delete");
    form.set("layerId", layer.id);
    try {
      const response = await fetch(endpoint, { method: "POST", body: form, headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => ({}))) as { error?: ImportProblem };
      setOutcome(response.ok ? { kind: "success", text: t("mapData.deleted", { name: layer.name }) } : { kind: "error", text: problemText(body.error, i18n.language, t("mapData.networkError")) });
    } catch {
      setOutcome({ kind: "error", text: t("mapData.networkError") });
    }
    revalidator.revalidate();
  };

  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("mapData.title")}
      </Heading>
      <Paragraph>{t("mapData.intro")}</Paragraph>
      {!mayImport ? <Alert data-color="info">{t("mapData.readOnly")}</Alert> : null}
      <section className="stack" aria-labelledby="layers-heading">
        <Heading level={3} data-size="sm" id="layers-heading">
          {t("mapData.layers")}
        </Heading>
        {outcome ? (
          <Alert data-color={outcome.kind === "success" ? "success" : "danger"} role={outcome.kind === "error" ? "alert" : "status"}>
            {outcome.text}
          </Alert>
        ) : null}
        {layers.length === 0 ? (
          <Paragraph className="muted">{t("mapData.noLayers")}</Paragraph>
        ) : (
          <div className="table-wrap">
            <Table data-testid="map-layers" aria-labelledby="layers-heading">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("mapData.name")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("mapData.source")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("mapData.features")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("mapData.created")}</Table.HeaderCell>
                  {mayImport ? <Table.HeaderCell scope="col">{t("mapData.actions")}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {layers.map((layer) => (
                  <Table.Row key={layer.id} data-source={layer.source}>
                    <Table.HeaderCell scope="row">{layer.name}</Table.HeaderCell>
                    <Table.Cell>{t(layer.source === "osm" ? "mapData.sourceOsm" : layer.source === "upload" ? "mapData.sourceUpload" : "mapData.sourceManual")}</Table.Cell>
                    <Table.Cell>{layer.featureCount.toLocaleString(i18n.language === "en" ? "en" : "nb")}</Table.Cell>
                    <Table.Cell>{formatDateTime(layer.createdAt, i18n.language)}</Table.Cell>
                    {mayImport ? (
                      <Table.Cell>
                        {layer.source !== "manual" ? (
                          <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => void remove(layer)}>
                            {t("mapData.delete", { name: layer.name })}
                          </Button>
                        ) : null}
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
        <Paragraph>
          <Link to={`/projects/${projectId}/map`} className="ds-link">
            {t("mapData.toMap")}
          </Link>
        </Paragraph>
      </section>
      {mayImport ? (
        <>
          <ImportForm projectId={projectId} self={self} endpoint={endpoint} onChanged={() => revalidator.revalidate()} />
          <UploadForm endpoint={endpoint} onChanged={() => revalidator.revalidate()} />
        </>
      ) : null}
    </div>
  );
}

function progressText(event: ImportEvent, t: (key: string, options?: Record<string, unknown>) => string, language: string): string {
  if (event.type !== "progress") return "";
  const format = (value: number, digits = 1) => value.toLocaleString(language === "en" ? "en" : "nb", { maximumFractionDigits: digits });
  switch (event.phase) {
    case "planned":
      return t("mapData.phasePlanned", { area: format(event.areaSquareKilometres) });
    case "downloading":
      return t("mapData.phaseDownloading", { received: format(event.receivedBytes / 1024, 0) });
    case "converting":
      return t("mapData.phaseConverting");
    case "storing":
      return t("mapData.phaseStoring", { count: event.featureCount });
  }
}

/** Steps of the import for the progress bar: planned, downloading, converting, storing, done. */
const phaseStep: Record<string, number> = { planned: 1, downloading: 2, converting: 3, storing: 4 };

function ImportForm({ projectId, self, endpoint, onChanged }: { projectId: string; self: { id: string; name: string; role: Role }; endpoint: string; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const sites = useSitesGeoJson(projectId, self);
  const [area, setArea] = useState<"sites" | "box">("sites");
  const [box, setBox] = useState<Record<BoxField, string>>({ west: "", south: "", east: "", north: "" });
  const [boxError, setBoxError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ step: number; text: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const noSites = !sites || sites.count === 0;
  const chosenArea = area === "sites" && noSites ? "box" : area;

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData();
    form.set("intent", "importOsm");
    if (chosenArea === "box") {
      const bbox = parseBoundingBox(box);
      if (!bbox) {
        setBoxError(t("mapData.invalidBox"));
        event.currentTarget.querySelector<HTMLElement>('[name="west"]')?.focus();
        return;
      }
      form.set("bbox", bbox);
    } else {
      form.set("sites", sites!.text);
    }
    setBoxError(null);
    setOutcome(null);
    setRunning(true);
    setProgress({ step: 0, text: t("mapData.importing") });
    controller.current = new AbortController();
    try {
      const response = await fetch(endpoint, { method: "POST", body: form, headers: { Accept: "application/x-ndjson" }, signal: controller.current.signal });
      const contentType = response.headers.get("Content-Type") ?? "";
      if (!response.body || !contentType.includes("ndjson")) {
        const body = (await response.json().catch(() => ({}))) as { error?: ImportProblem };
        setOutcome({ kind: "error", text: t("mapData.importFailed", { message: problemText(body.error, i18n.language, `HTTP ${response.status}`) }) });
        return;
      }
      const last = await readImportStream(response.body, (line) => {
        if (line.type === "progress") setProgress({ step: phaseStep[line.phase] ?? 0, text: progressText(line, t, i18n.language) });
      });
      if (last.type === "done") {
        setOutcome({ kind: "success", text: t("mapData.importDone", { count: last.layer.featureCount }) });
        onChanged();
      } else if (last.type === "error") {
        setOutcome({ kind: "error", text: t("mapData.importFailed", { message: problemText(last.error, i18n.language, "") }) });
      }
    } catch {
      if (!controller.current?.signal.aborted) setOutcome({ kind: "error", text: t("mapData.networkError") });
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };

  return (
    <section className="stack" aria-labelledby="import-heading">
      <Heading level={3} data-size="sm" id="import-heading">
        {t("mapData.importTitle")}
      </Heading>
      <Paragraph>{t("mapData.importIntro")}</Paragraph>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="import-heading">
        <Fieldset>
          <Fieldset.Legend>{t("mapData.areaChoice")}</Fieldset.Legend>
          <Radio
            name="area"
            value="sites"
            label={noSites ? t("mapData.aroundSitesNone") : t("mapData.aroundSites", { count: sites.count })}
            checked={chosenArea === "sites"}
            disabled={noSites}
            onChange={() => setArea("sites")}
          />
          <Radio name="area" value="box" label={t("mapData.boundingBox")} checked={chosenArea === "box"} onChange={() => setArea("box")} />
        </Fieldset>
        {chosenArea === "box" ? (
          <div className="row">
            {boxFields.map((field) => (
              <Textfield
                key={field}
                label={t(`mapData.${field}`)}
                name={field}
                inputMode="decimal"
                value={box[field]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setBox((previous) => ({ ...previous, [field]: value }));
                }}
                error={field === "west" && boxError ? boxError : undefined}
                aria-invalid={boxError ? true : undefined}
              />
            ))}
          </div>
        ) : null}
        <div className="row">
          <Button type="submit" disabled={running} aria-disabled={running}>
            {running ? t("mapData.importing") : t("mapData.importSubmit")}
          </Button>
        </div>
        <div role="status" aria-live="polite" data-testid="import-progress">
          {progress ? (
            <>
              <progress max={5} value={progress.step} aria-label={t("mapData.progressLabel")} /> <span>{progress.text}</span>
            </>
          ) : null}
        </div>
        {outcome ? (
          <Alert data-color={outcome.kind === "success" ? "success" : "danger"} role={outcome.kind === "error" ? "alert" : undefined} data-testid="import-outcome">
            {outcome.text}
          </Alert>
        ) : null}
      </form>
    </section>
  );
}

function UploadForm({ endpoint, onChanged }: { endpoint: string; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setFileError(t("mapData.chooseFile"));
      formElement.querySelector<HTMLElement>('[name="file"]')?.focus();
      return;
    }
    setFileError(null);
    form.set("intent", "upload");
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch(endpoint, { method: "POST", body: form, headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => ({}))) as { layer?: { name: string; featureCount: number }; error?: ImportProblem };
      if (response.ok && body.layer) {
        setOutcome({ kind: "success", text: t("mapData.uploadDone", { name: body.layer.name, count: body.layer.featureCount }) });
        formElement.reset();
        onChanged();
      } else {
        setOutcome({ kind: "error", text: t("mapData.uploadFailed", { message: problemText(body.error, i18n.language, `HTTP ${response.status}`) }) });
      }
    } catch {
      setOutcome({ kind: "error", text: t("mapData.networkError") });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby="upload-heading">
      <Heading level={3} data-size="sm" id="upload-heading">
        {t("mapData.uploadTitle")}
      </Heading>
      <Paragraph>{t("mapData.uploadIntro")}</Paragraph>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate encType="multipart/form-data" aria-labelledby="upload-heading">
        <Textfield label={t("mapData.file")} name="file" type="file" accept=".geojson,.json,application/geo+json,application/json" error={fileError ?? undefined} />
        <Textfield label={t("mapData.layerName")} name="name" maxLength={120} />
        <div className="row">
          <Button type="submit" disabled={busy} aria-disabled={busy}>
            {busy ? t("mapData.uploading") : t("mapData.uploadSubmit")}
          </Button>
        </div>
        {outcome ? (
          <Alert data-color={outcome.kind === "success" ? "success" : "danger"} role={outcome.kind === "error" ? "alert" : "status"} data-testid="upload-outcome">
            {outcome.text}
          </Alert>
        ) : null}
      </form>
    </section>
  );
}
