import { Alert, Button, Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useRevalidator } from "@remix-run/react";
import type { FeatureCollection } from "geojson";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../permissions";
import { useObserveDeep, useSharedDocument } from "../sync/use-shared-document";
import { useAssessmentConfig } from "../compare/assessment-settings";
import { CompareSites } from "../compare/compare-sites";
import { SiteDetails } from "../compare/site-details";
import { useProjectTagMapping } from "../compare/tag-mapping-settings";
import { ConcernsPanel } from "../concerns/concerns-panel";
import { ConcernsContext, useConcerns } from "../concerns/use-concerns";
import { FeedbackPanel, MapCommentsPanel, useComparisonRatings } from "../feedback/feedback";
import { FeedbackProvider } from "../feedback/feedback-context";
import { ReferencePointsPanel } from "../reference-points/reference-points-panel";
import { ShortcutList } from "./assessment-table";
import type { DrawingToolsState, ReshapeMode } from "./drawing-tools.client";
import { MapPageContext, type MapPage } from "./map-page-context";
import { useMapPresence } from "./map-presence";
import { useMapPresenceConnection } from "./map-presence-connection";
import { MapPresenceList, OthersHere } from "./map-presence-list";
import { addSite, listSites, removeSite, sitesMap, updateSite, type SiteInput } from "./site-document";
import { SiteEditor } from "./site-editor";
import { CornersForm } from "./site-editor-corners";
import { SiteStatusTag } from "./site-editor-status";
import { DrawingToolsNotice, ReshapeButtons, SiteAddForms, SiteEditorToolbar, type Drawing } from "./site-editor-toolbar";
import { cornersText, pointAt, sitePosition } from "./site-position";
import { SitePositionForm } from "./site-position-form";
import { useSiteAssessments } from "./use-site-assessments.client";
import { useSiteUndo } from "./use-undo";
import "./site-map.css";

const SiteMap = lazy(() => import("./site-map.client"));

/** The comparison table with the ratings this member may see (they meet here, decision 010). */
function CompareWithRatings({ busy }: { busy: boolean }) {
  return <CompareSites busy={busy} ratings={useComparisonRatings()} />;
}

type ReferenceState = { state: "loading" } | { state: "failed" } | { state: "loaded"; geojson: FeatureCollection | null };

function useReferenceData(projectId: string, generation: number): ReferenceState {
  const [reference, setReference] = useState<ReferenceState>({ state: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/projects/${projectId}/reference-data`, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`reference data: HTTP ${response.status}`);
        const body = (await response.json()) as { geojson?: FeatureCollection };
        const geojson = body.geojson && body.geojson.features.length > 0 ? body.geojson : null;
        setReference({ state: "loaded", geojson });
      })
      .catch(() => {
        if (!controller.signal.aborted) setReference({ state: "failed" });
      });
    return () => controller.abort();
  }, [projectId, generation]);
  return reference;
}

/**
 * The live map page of a project: sites from the shared plan document on a
 * Leaflet map, their assessment from a Web Worker, and the same in a table.
 * Rendered only in the browser (the route waits for hydration).
 */
export function SiteWorkspace({ projectId, self, mayEditPlan }: { projectId: string; self: { id: string; name: string; role: Role }; mayEditPlan: boolean }) {
  const { t, i18n } = useTranslation();
  const revalidator = useRevalidator();
  const [generation, setGeneration] = useState(0);
  const shared = useSharedDocument(`project/${projectId}/plan`, self, generation, () => {
    revalidator.revalidate();
    setGeneration((value) => value + 1);
  });
  const doc = shared?.doc;
  useObserveDeep(doc ? sitesMap(doc) : undefined);
  const sites = doc ? listSites(doc) : [];
  const [referenceGeneration, setReferenceGeneration] = useState(0);
  const reloadReference = useCallback(() => setReferenceGeneration((value) => value + 1), []);
  const reference = useReferenceData(projectId, referenceGeneration);
  const referenceData = reference.state === "loaded" ? reference.geojson : null;
  const concerns = useConcerns(projectId, self);
  const config = useAssessmentConfig(doc);
  const { mapping: tagMapping } = useProjectTagMapping(doc);
  const assessments = useSiteAssessments(referenceData, sites, { config, tagMapping, areasOfConcern: concerns.areas });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [drawing, setDrawing] = useState<Drawing>(null);
  const [reshapingRequest, setReshaping] = useState<{ siteId: string; mode: ReshapeMode } | null>(null);
  const [toolsState, setToolsState] = useState<DrawingToolsState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ siteId: string; request: number } | null>(null);
  const show = useCallback((siteId: string) => {
    setSelectedId(siteId);
    setFocus((previous) => ({ siteId, request: (previous?.request ?? 0) + 1 }));
  }, []);

  const editable = mayEditPlan && !!shared && !shared.readOnly && shared.status !== "denied";
  const history = useSiteUndo(doc, editable);
  const { origin, newStep } = history;
  const presence = useMapPresence(useMapPresenceConnection(`project/${projectId}/plan`), self.id, selectedId);
  const selected = sites.find((site) => site.id === selectedId) ?? null;
  const selectedAssessment = selected ? assessments.bySite.get(selected.id) : undefined;
  // Reshaping follows the selection, and ends when the site goes (deleted, undone).
  const reshaping = reshapingRequest && reshapingRequest.siteId === selected?.id && selected.geometry.type === "Polygon" ? reshapingRequest : null;

  const create = useCallback(
    (name: string, geometry: SiteInput["geometry"]) => {
      if (!doc) return;
      newStep();
      const id = addSite(doc, { name: name || t("siteMap.defaultName", { number: listSites(doc).length + 1 }), status: "candidate", notes: "", geometry }, undefined, origin);
      show(id);
      setAdding(false);
      setDrawing(null);
      setNotice(null);
    },
    [doc, t, show, origin, newStep],
  );
  const add = useCallback((input: { name: string; lat: number; lon: number }) => create(input.name, pointAt(input)), [create]);
  const change = useCallback(
    (id: string, patch: Partial<SiteInput>) => {
      if (doc) updateSite(doc, id, patch, origin);
    },
    [doc, origin],
  );
  const move = useCallback((id: string, position: { lat: number; lon: number }) => change(id, { geometry: pointAt(position) }), [change]);
  const remove = useCallback(
    (id: string, name: string) => {
      if (!doc) return;
      newStep();
      removeSite(doc, id, origin);
      setSelectedId(null);
      setNotice(t("siteEditor.deleted", { name }));
    },
    [doc, origin, newStep, t],
  );
  const toggleAdding = () => {
    setAdding((value) => !value);
    setDrawing(adding ? null : "point");
  };
  // Drawing ended without a new site (Esc): back to clicking a point.
  const drawingEnded = useCallback(() => setDrawing((current) => (current === "polygon" ? "point" : current)), []);

  const { id: selfId, name: selfName, role: selfRole } = self;
  const sitesKey = JSON.stringify(sites);
  const page = useMemo<MapPage | null>(
    () =>
      doc
        ? {
            projectId,
            self: { id: selfId, name: selfName, role: selfRole },
            planDoc: doc,
            planEditable: editable,
            sites: JSON.parse(sitesKey) as typeof sites,
            assessments: assessments.bySite,
            reference: referenceData,
            tagMapping,
            reloadReference,
            selectedId,
            select: show,
          }
        : null,
    // The sites by content (listSites makes a new list on every render), so the page changes only when they do.
    [doc, projectId, selfId, selfName, selfRole, editable, sitesKey, assessments.bySite, referenceData, tagMapping, reloadReference, selectedId, show],
  );

  if (!shared || !page) {
    return (
      <Paragraph>
        <Spinner aria-hidden data-size="sm" /> {t("project.status.loading")}
      </Paragraph>
    );
  }
  const selectedPosition = selected ? sitePosition(selected) : null;
  return (
    <MapPageContext.Provider value={page}>
    <ConcernsContext.Provider value={concerns}>
    <FeedbackProvider>
    <div className="stack site-workspace">
      <Heading level={2} data-size="md">
        {t("siteMap.title")}
      </Heading>
      <p className="status" role="status" data-testid="connection-status" data-status={shared.status}>
        {t(`project.status.${shared.status}`)}
      </p>
      {shared.status === "denied" ? <Alert data-color="danger">{t("project.status.denied")}</Alert> : null}
      {!mayEditPlan ? <Alert data-color="info">{t("siteMap.readOnly")}</Alert> : null}
      {reference.state === "loading" ? <Paragraph className="muted">{t("siteMap.referenceLoading")}</Paragraph> : null}
      {reference.state === "failed" ? <Alert data-color="warning">{t("siteMap.referenceFailed")}</Alert> : null}
      {reference.state === "loaded" && !reference.geojson ? <Alert data-color="info">{t("siteMap.referenceNone")}</Alert> : null}
      {assessments.error ? <Alert data-color="danger">{t("siteMap.assessmentFailed", { message: assessments.error })}</Alert> : null}

      {editable ? (
        <SiteEditorToolbar
          adding={adding}
          onToggleAdding={toggleAdding}
          drawing={drawing}
          onDraw={setDrawing}
          history={history}
        />
      ) : null}
      {editable ? <DrawingToolsNotice state={toolsState} /> : null}
      {notice ? (
        <Alert data-color="info" role="status">
          {notice}
        </Alert>
      ) : null}

      <div className="site-map-layout">
        <Suspense
          fallback={
            <div className="site-map site-map--loading">
              <Spinner aria-hidden data-size="sm" /> {t("siteMap.loadingMap")}
            </div>
          }
        >
          <SiteMap
            reference={referenceData}
            sites={sites}
            assessments={assessments.bySite}
            selectedId={selectedId}
            onSelect={setSelectedId}
            editable={editable}
            drawing={adding ? drawing : null}
            onAddAt={(position) => add({ name: "", ...position })}
            onDrawn={(polygon) => create("", polygon)}
            onDrawingEnd={drawingEnded}
            onMove={move}
            reshaping={reshaping}
            onReshape={(id, polygon) => change(id, { geometry: polygon })}
            onGestureStart={newStep}
            onToolsState={setToolsState}
            presence={presence}
            focus={focus}
          />
        </Suspense>
        <aside className="stack site-panel" aria-labelledby="sites-heading">
          <Heading level={2} data-size="sm" id="sites-heading">
            {t("siteMap.sites")}
          </Heading>
          {editable && adding ? <SiteAddForms onAddPoint={add} onAddPolygon={({ name, polygon }) => create(name, polygon)} onCancel={toggleAdding} /> : null}
          {sites.length === 0 ? <Paragraph className="muted">{t("siteMap.noSites")}</Paragraph> : null}
          <ul className="site-list">
            {sites.map((site) => (
              <li key={site.id} className="site-list__item">
                <Button type="button" variant="tertiary" data-size="sm" aria-pressed={site.id === selectedId} onClick={() => show(site.id)}>
                  {t("siteMap.select", { name: site.name })}
                </Button>
                <SiteStatusTag status={site.status} />
                <OthersHere others={presence.others} siteId={site.id} />
              </li>
            ))}
          </ul>
          {selected ? (
            <section className="stack" data-testid="selected-site" aria-labelledby="selected-site-heading">
              <Heading level={3} data-size="xs" id="selected-site-heading">
                {t("siteEditor.siteHeading", { name: selected.name })}
              </Heading>
              <p className="row">
                <SiteStatusTag status={selected.status} />
                <span className="muted">{t(`siteEditor.kind.${selected.geometry.type}`)}</span>
                <OthersHere others={presence.others} siteId={selected.id} />
              </p>
              {!editable ? <Paragraph className="site-notes">{selected.notes || t("siteEditor.notesNone")}</Paragraph> : null}
              <div aria-live="polite" className="stack">
                {selectedAssessment ? (
                  <>
                    <Paragraph>{selectedAssessment.summary[i18n.language === "en" ? "en" : "nb"]}</Paragraph>
                    <ShortcutList assessment={selectedAssessment} />
                    <Paragraph className="muted">{t("siteMap.routesShown")}</Paragraph>
                    <SiteDetails assessment={selectedAssessment} />
                  </>
                ) : null}
              </div>
              {editable ? (
                <>
                  <SiteEditor
                    key={selected.id}
                    site={selected}
                    onSave={(fields) => {
                      newStep();
                      change(selected.id, fields);
                    }}
                    onDelete={() => remove(selected.id, selected.name)}
                  />
                  {selected.geometry.type === "Point" && selectedPosition ? (
                    <>
                      <Paragraph className="muted">{t("siteEditor.dragPointHint")}</Paragraph>
                      <SitePositionForm
                        key={`${selected.id}:${selectedPosition.lat}:${selectedPosition.lon}`}
                        title={t("siteMap.moveSiteForm")}
                        submitLabel={t("siteMap.move")}
                        withName={false}
                        initial={{ name: selected.name, lat: String(selectedPosition.lat), lon: String(selectedPosition.lon) }}
                        onSubmit={(position) => {
                          newStep();
                          move(selected.id, position);
                        }}
                      />
                    </>
                  ) : null}
                  {selected.geometry.type === "Polygon" ? (
                    <>
                      <ReshapeButtons
                        mode={reshaping?.mode ?? null}
                        onMode={(mode) => setReshaping(mode ? { siteId: selected.id, mode } : null)}
                      />
                      <CornersForm
                        key={selected.id}
                        title={t("siteEditor.cornersForm")}
                        submitLabel={t("siteEditor.saveCorners")}
                        withName={false}
                        corners={cornersText(selected.geometry)}
                        onSubmit={({ polygon }) => {
                          newStep();
                          change(selected.id, { geometry: polygon });
                        }}
                      />
                    </>
                  ) : null}
                </>
              ) : null}
              <FeedbackPanel />
            </section>
          ) : null}
          <MapPresenceList others={presence.others} sites={sites} />
          <ReferencePointsPanel />
          <ConcernsPanel />
          <MapCommentsPanel />
        </aside>
      </div>
      <CompareWithRatings busy={assessments.busy} />
    </div>
    </FeedbackProvider>
    </ConcernsContext.Provider>
    </MapPageContext.Provider>
  );
}
