import { Alert, Button, Details, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../permissions";
import { useMapPage } from "../sites/map-page-context";
import { readImportStream, type ImportLine } from "./read-import-stream";

interface LayerRow {
  id: string;
  name: string;
  source: "osm" | "upload" | "manual";
  featureCount: number;
}

type Outcome = { kind: "success" | "failure"; text: string } | null;

const phaseSteps = { starting: 0, planned: 1, downloading: 2, converting: 3, storing: 4 } as const;
type Phase = keyof typeof phaseSteps;

const kilobytes = (bytes: number) => Math.round(bytes / 1024);

/** The project's layers without their data (GET ?include=list), again whenever `generation` changes. */
function useLayerList(projectId: string, generation: number): LayerRow[] {
  const [layers, setLayers] = useState<LayerRow[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/projects/${projectId}/reference-data?include=list`, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(async (response) => (response.ok ? ((await response.json()) as { layers: LayerRow[] }).layers : []))
      .then(setLayers)
      .catch(() => {});
    return () => controller.abort();
  }, [projectId, generation]);
  return layers;
}

/**
 * Where planners get the map data the assessment runs on: fetch OpenStreetMap
 * around the sites (with a progress bar fed by the server's progress lines),
 * upload a GeoJSON file, or delete a layer. Every outcome is said in words in a
 * status region; a failure changes nothing. Renders nothing for other roles.
 */
export function ReferenceDataPanel() {
  const { t, i18n } = useTranslation();
  const { projectId, self, sites, reloadReference } = useMapPage();
  const [generation, setGeneration] = useState(0);
  const layers = useLayerList(projectId, generation);
  const [progress, setProgress] = useState<{ phase: Phase; text: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [uploadName, setUploadName] = useState("");
  const file = useRef<HTMLInputElement>(null);
  const english = i18n.language === "en";

  const changed = useCallback(() => {
    setGeneration((value) => value + 1);
    reloadReference();
  }, [reloadReference]);

  if (!can(self.role, "reference:import")) return null;

  const post = (body: FormData, headers: Record<string, string> = {}) =>
    fetch(`/projects/${projectId}/reference-data`, { method: "POST", body, headers: { Accept: "application/json", ...headers } });

  const showLine = (line: ImportLine) => {
    if (line.type === "progress") {
      const text =
        line.phase === "planned"
          ? t("referencePoints.data.phase.planned", { area: line.areaSquareKilometres.toFixed(1) })
          : line.phase === "storing"
            ? t("referencePoints.data.phase.storing", { count: line.featureCount })
            : t(`referencePoints.data.phase.${line.phase}`, { kilobytes: kilobytes(line.receivedBytes) });
      setProgress({ phase: line.phase, text });
    } else if (line.type === "done") {
      setOutcome({ kind: "success", text: t("referencePoints.data.imported", { count: line.layer.featureCount }) });
      changed();
    } else {
      setOutcome({ kind: "failure", text: t("referencePoints.data.importFailed", { message: english ? line.error.messageEn : line.error.message }) });
    }
  };

  const importOsm = async () => {
    setOutcome(null);
    setProgress({ phase: "starting", text: t("referencePoints.data.phase.starting") });
    const body = new FormData();
    body.set("intent", "importOsm");
    body.set("sites", JSON.stringify({ type: "FeatureCollection", features: sites.map((site) => ({ type: "Feature", properties: { name: site.name }, geometry: site.geometry })) }));
    try {
      const response = await post(body, { Accept: "application/x-ndjson" });
      if (response.headers.get("content-type")?.includes("application/x-ndjson") && response.body) await readImportStream(response.body, showLine);
      else {
        const answer = (await response.json().catch(() => null)) as { error?: { message: string; messageEn: string } } | null;
        const message = answer?.error ? (english ? answer.error.messageEn : answer.error.message) : `HTTP ${response.status}`;
        setOutcome({ kind: "failure", text: t("referencePoints.data.importFailed", { message }) });
      }
    } catch {
      setOutcome({ kind: "failure", text: t("referencePoints.data.offline") });
    } finally {
      setProgress(null);
    }
  };

  const upload = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) {
      setOutcome({ kind: "failure", text: t("referencePoints.data.chooseFile") });
      file.current?.focus();
      return;
    }
    const body = new FormData();
    body.set("intent", "upload");
    body.set("file", chosen);
    if (uploadName.trim()) body.set("name", uploadName.trim());
    setOutcome(null);
    try {
      const response = await post(body);
      const answer = (await response.json().catch(() => null)) as { layer?: LayerRow; error?: { message: string; messageEn: string } } | null;
      if (response.ok && answer?.layer) {
        setOutcome({ kind: "success", text: t("referencePoints.data.uploaded", { count: answer.layer.featureCount }) });
        setUploadName("");
        if (file.current) file.current.value = "";
        changed();
      } else {
        const message = answer?.error ? (english ? answer.error.messageEn : answer.error.message) : `HTTP ${response.status}`;
        setOutcome({ kind: "failure", text: t("referencePoints.data.uploadFailed", { message }) });
      }
    } catch {
      setOutcome({ kind: "failure", text: t("referencePoints.data.offline") });
    }
  };

  const removeLayer = async (layer: LayerRow) => {
    if (!window.confirm(t("referencePoints.data.confirmRemoveLayer", { name: layer.name }))) return;
    const body = new FormData();
    body.set("intent", "delete");
    body.set("layerId", layer.id);
    try {
      const response = await post(body);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      setOutcome({ kind: "success", text: t("referencePoints.data.removedLayer", { name: layer.name }) });
      changed();
    } catch {
      setOutcome({ kind: "failure", text: t("referencePoints.data.offline") });
    }
  };

  return (
    <Details data-testid="reference-data-panel">
      <Details.Summary>{t("referencePoints.data.title")}</Details.Summary>
      <Details.Content>
        <div className="stack">
          <Paragraph data-size="sm">{t("referencePoints.data.intro")}</Paragraph>
          <Heading level={3} data-size="2xs">
            {t("referencePoints.data.layers")}
          </Heading>
          {layers.length === 0 ? <Paragraph className="muted">{t("referencePoints.data.noLayers")}</Paragraph> : null}
          <ul className="reference-layer-list">
            {layers.map((layer) => (
              <li key={layer.id} className="row">
                <span>{t("referencePoints.data.layer", { name: layer.name, source: t(`referencePoints.data.source.${layer.source}`), count: layer.featureCount })}</span>
                <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => void removeLayer(layer)}>
                  {t("referencePoints.data.removeLayer", { name: layer.name })}
                </Button>
              </li>
            ))}
          </ul>
          <div className="row">
            <Button type="button" disabled={progress !== null || sites.length === 0} onClick={() => void importOsm()}>
              {t("referencePoints.data.importOsm")}
            </Button>
          </div>
          {sites.length === 0 ? <Paragraph data-size="sm" className="muted">{t("referencePoints.data.importNeedsSites")}</Paragraph> : null}
          <div role="status" data-testid="import-progress">
            {progress ? (
              <div className="stack">
                <label>
                  {t("referencePoints.data.importing")}
                  <br />
                  <progress max={4} value={phaseSteps[progress.phase]} />
                </label>
                <span>{progress.text}</span>
              </div>
            ) : null}
            {outcome?.kind === "success" ? <span>{outcome.text}</span> : null}
          </div>
          {outcome?.kind === "failure" ? (
            <Alert data-color="danger" role="alert">
              {outcome.text}
            </Alert>
          ) : null}
          <form className="stack" onSubmit={(event) => void upload(event)} aria-label={t("referencePoints.data.upload")}>
            <Heading level={3} data-size="2xs">
              {t("referencePoints.data.upload")}
            </Heading>
            <label className="stack">
              {t("referencePoints.data.file")}
              <input ref={file} type="file" name="file" accept=".geojson,.json,application/geo+json,application/json" />
            </label>
            <Textfield label={t("referencePoints.data.layerName")} name="name" value={uploadName} onChange={(event) => setUploadName(event.currentTarget.value)} />
            <div className="row">
              <Button type="submit" variant="secondary">
                {t("referencePoints.data.uploadButton")}
              </Button>
            </div>
          </form>
        </div>
      </Details.Content>
    </Details>
  );
}
