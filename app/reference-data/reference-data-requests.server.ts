/**
 * The HTTP side of reference data, behind the resource route
 * /projects/:projectId/reference-data: reading layers, the OSM import (plain
 * JSON or a stream of progress lines), uploads and deletion. Every answer is
 * JSON; every failure is `{ error: ImportProblem }` with a fitting status.
 */
import type { AppLoadContext } from "@remix-run/node";
import type { Feature } from "geojson";
import { problemResponse } from "../http/problem";
import { textProblem } from "../ui/text-input";
import type { ImportConfig } from "./import-config.server";
import type { ImportProblem } from "./import-problem";
import { ImportError } from "./import-problem";
import { importOsmLayer, type ImportProgress } from "./import-osm.server";
import { planImportArea } from "./overpass-query";
import type { ReferenceLayerSummary } from "./reference-layers.server";
import { deleteLayer, listLayers, loadLayers, storeLayer } from "./reference-layers.server";
import { validateGeoJson } from "./validate-geojson";

/** One line of the progress stream (`Accept: application/x-ndjson`). */
export type ImportStreamLine =
  | ({ type: "progress" } & ImportProgress)
  | { type: "done"; layer: LayerJson }
  | { type: "error"; status: number; error: ImportProblem };

export type LayerJson = Omit<ReferenceLayerSummary, "createdAt"> & { createdAt: string };

export function layerJson(layer: ReferenceLayerSummary): LayerJson {
  return { ...layer, createdAt: layer.createdAt.toISOString() };
}

/** GET: the layers' list, and unless `?include=list`, their features as one FeatureCollection. */
export async function readLayers(context: AppLoadContext, request: Request, projectId: string): Promise<Response> {
  const listOnly = new URL(request.url).searchParams.get("include") === "list";
  const [layers, geojson] = await Promise.all([
    listLayers(context.db, projectId),
    listOnly ? Promise.resolve(null) : loadLayers(context.db, projectId),
  ]);
  return Response.json({ layers: layers.map(layerJson), ...(geojson ? { geojson } : {}) }, { headers: { "Cache-Control": "private, no-store" } });
}


/**
 * The action's form, or a 400 problem when the body is not one (a multipart body without its
 * boundary, say). Its size was capped before it got here (server/body-limits.ts).
 *
 * @example
 * const form = await readReferenceForm(request);
 * if (form instanceof Response) return form;
 */
export async function readReferenceForm(request: Request): Promise<FormData | Response> {
  try {
    return await request.formData();
  } catch {
    return problemResponse({
      code: "badRequest",
      message: "Sendte data er ikke et skjema: send multipart/form-data med boundary, eller application/x-www-form-urlencoded.",
      messageEn: "The data sent is not a form: send multipart/form-data with a boundary, or application/x-www-form-urlencoded.",
    });
  }
}

/** A layer's name as given, or a problem when it holds characters that cannot be stored. */
function layerName(given: string, fileName: string | null): string | ImportProblem {
  const name = given.trim() || fileName || "GeoJSON";
  if (textProblem(name)) {
    return {
      code: "invalidText",
      message: "Navnet på laget eller filen har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn). Gi laget et annet navn.",
      messageEn: "The name of the layer or file has characters that cannot be stored (control or broken characters). Give the layer another name.",
    };
  }
  // By code points, so a cut never leaves half a surrogate pair.
  return Array.from(name.normalize("NFC")).slice(0, 200).join("");
}

/** intent=upload: a multipart `file` or a `geojson` text field, optional `name`. */
export async function uploadLayer(
  context: AppLoadContext,
  input: { projectId: string; userId: string; form: FormData; config: ImportConfig },
): Promise<Response> {
  const file = input.form.get("file");
  const text = input.form.get("geojson");
  // The name is checked first: a refused name must not cost reading and parsing the file.
  const givenName = input.form.get("name");
  const name = layerName(typeof givenName === "string" ? givenName : "", file instanceof File && file.size > 0 ? file.name : null);
  if (typeof name !== "string") return problemResponse(name);
  let content: string | Uint8Array;
  if (file instanceof Blob && file.size > 0) {
    content = new Uint8Array(await file.arrayBuffer());
  } else if (typeof text === "string" && text.trim() !== "") {
    content = text;
  } else {
    return problemResponse({ code: "empty", message: "Velg en GeoJSON-fil å laste opp.", messageEn: "Choose a GeoJSON file to upload." });
  }
  const result = validateGeoJson(content, { maxBytes: input.config.maxUploadBytes });
  if (!result.ok) return problemResponse(result.error);
  const layer = await storeLayer(context.db, {
    projectId: input.projectId,
    source: "upload",
    name,
    features: result.features,
    createdBy: input.userId,
  });
  context.logger.info({ projectId: input.projectId, layerId: layer.id, features: layer.featureCount }, "reference layer uploaded");
  return Response.json({ layer: layerJson(layer) }, { status: 201 });
}

/** intent=delete: `layerId`. */
export async function removeLayer(context: AppLoadContext, input: { projectId: string; form: FormData }): Promise<Response> {
  const layerId = input.form.get("layerId");
  // An id with characters no id has is no layer (and would make the database query fail).
  if (typeof layerId !== "string" || layerId === "" || textProblem(layerId)) {
    return problemResponse({ code: "badRequest", message: "Si hvilket lag som skal slettes (layerId).", messageEn: "Say which layer to delete (layerId)." });
  }
  const deleted = await deleteLayer(context.db, input.projectId, layerId);
  if (!deleted) return problemResponse({ code: "notFound", message: "Fant ikke laget i dette prosjektet.", messageEn: "This project has no such layer." });
  context.logger.info({ projectId: input.projectId, layerId }, "reference layer deleted");
  return Response.json({ deleted: layerId });
}

/**
 * intent=importOsm: `bbox` ("west,south,east,north" or a JSON array) or `sites`
 * (GeoJSON: a FeatureCollection, a Feature or a geometry). With
 * `Accept: application/x-ndjson` the answer streams one JSON object per line.
 */
export async function importOsm(
  context: AppLoadContext,
  input: { projectId: string; userId: string; form: FormData; request: Request; config: ImportConfig },
): Promise<Response> {
  const area = readArea(input.form);
  if ("problem" in area) return problemResponse(area.problem);
  const plan = planImportArea({
    ...area,
    options: { marginMetres: input.config.marginMetres, maxAreaSquareKilometres: input.config.maxAreaSquareKilometres },
  });
  if (!plan.ok) return problemResponse(plan.error);

  const run = (onProgress?: (progress: ImportProgress) => void, signal?: AbortSignal) =>
    importOsmLayer(
      context.db,
      { projectId: input.projectId, userId: input.userId, boundingBox: plan.boundingBox },
      {
        endpoint: input.config.overpassUrl,
        timeoutMs: input.config.overpassTimeoutMs,
        maxBytes: input.config.overpassMaxBytes,
        // The box is already planned (margin included); only the cap applies again.
        area: { maxAreaSquareKilometres: input.config.maxAreaSquareKilometres },
        onProgress,
        signal,
      },
    );
  const log = (layer: ReferenceLayerSummary) =>
    context.logger.info({ projectId: input.projectId, layerId: layer.id, features: layer.featureCount }, "OpenStreetMap imported");

  if (!(input.request.headers.get("accept") ?? "").includes("application/x-ndjson")) {
    try {
      const layer = await run(undefined, input.request.signal);
      log(layer);
      return Response.json({ layer: layerJson(layer) }, { status: 201 });
    } catch (error) {
      if (error instanceof ImportError) {
        context.logger.warn({ projectId: input.projectId, code: error.problem.code }, "OpenStreetMap import failed");
        return problemResponse(error.problem);
      }
      throw error;
    }
  }

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      let lastReported = -Infinity;
      const onProgress = (progress: ImportProgress) => {
        // A line per 64 KB is plenty for a progress bar.
        if (progress.phase === "downloading") {
          if (progress.receivedBytes - lastReported < 64 * 1024) return;
          lastReported = progress.receivedBytes;
        }
        send({ type: "progress", ...progress });
      };
      try {
        const layer = await run(onProgress, input.request.signal);
        log(layer);
        send({ type: "done", layer: layerJson(layer) });
      } catch (error) {
        if (error instanceof ImportError) {
          context.logger.warn({ projectId: input.projectId, code: error.problem.code }, "OpenStreetMap import failed");
          send({ type: "error", status: error.status, error: error.problem });
        } else {
          context.logger.error({ err: error, projectId: input.projectId }, "OpenStreetMap import crashed");
          send({
            type: "error",
            status: 500,
            error: { code: "overpassError", message: "Importen feilet på serveren. Prøv igjen.", messageEn: "The import failed on the server. Try again." },
          });
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // A compressing proxy or middleware would hold lines back; the compression middleware skips
      // x-ndjson today (not marked compressible), no-transform keeps it so if that changes.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

function readArea(form: FormData): { boundingBox: unknown } | { sites: Feature[] } | { problem: ImportProblem } {
  const bbox = form.get("bbox");
  if (typeof bbox === "string" && bbox.trim() !== "") {
    const trimmed = bbox.trim();
    try {
      const value: unknown = trimmed.startsWith("[") ? JSON.parse(trimmed) : trimmed.split(",").map((part) => Number(part.trim()));
      return { boundingBox: value };
    } catch {
      return { boundingBox: null };
    }
  }
  const sites = form.get("sites");
  if (typeof sites === "string" && sites.trim() !== "") {
    const result = validateGeoJson(sites, { maxBytes: 2 * 1024 * 1024 });
    if (!result.ok) return { problem: result.error };
    return { sites: result.features };
  }
  return { sites: [] };
}
