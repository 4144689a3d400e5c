/**
 * The house preview (decision 012): a small Norwegian one-storey house seen from outside and a
 * room inside, drawn as SVG from a few colours, so a resident sees their choices at once. No
 * network, no images. Each drawing is one image (`role="img"`, a title and a description) whose
 * parts each carry their own `<title>` ("Fasade: Lys grå"); the names of what applies are also
 * given as text below the drawing.
 */
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import "./house-preview.css";
import { insideParts, lineColor, outsideParts, previewColor, viewOfPart, type PreviewPart, type PreviewView } from "./preview-parts";

/** What a part shows: the option's name, its colour code and whether it is the standard. */
export interface PreviewName {
  name: string;
  code?: string;
  standard?: boolean;
}

export interface HousePreviewProps {
  /** #rrggbb per part; a part left out (or not #rrggbb) is drawn in a quiet default. */
  colors: Partial<Record<PreviewPart, string>>;
  /** What applies to each part, for the titles and the list below the drawing. */
  names?: Partial<Record<PreviewPart, string | PreviewName>>;
  view: PreviewView | "both";
  /** Shows the list of names below the drawing (default true). */
  showNames?: boolean;
}

type Colors = Record<PreviewPart, string>;

function nameOf(value: string | PreviewName | undefined): PreviewName | null {
  if (value === undefined) return null;
  return typeof value === "string" ? { name: value } : value;
}

/**
 * @example
 * <HousePreview view="outside" colors={{ facade: "#d9d4c7", door: "#2f4f4f" }} names={{ facade: { name: "Lys grå", code: "NCS S 1502-Y" } }} />
 */
export function HousePreview({ colors, names = {}, view, showNames = true }: HousePreviewProps) {
  const { t } = useTranslation();
  const full = Object.fromEntries(
    [...outsideParts, ...insideParts].map((part) => [part, previewColor(part, colors[part])]),
  ) as Colors;
  const partTitle = (part: PreviewPart) => {
    const named = nameOf(names[part]);
    const label = t(`myHome.preview.part.${part}`);
    return named ? t("myHome.preview.partNamed", { part: label, name: named.name }) : label;
  };
  const views: PreviewView[] = view === "both" ? ["outside", "inside"] : [view];
  return (
    <div className={`house-preview house-preview--${view}`} data-view={view}>
      <div className="house-preview__drawings">
        {views.map((shown) =>
          shown === "outside" ? (
            <Drawing key={shown} view={shown}>
              <OutsideDrawing colors={full} partTitle={partTitle} />
            </Drawing>
          ) : (
            <Drawing key={shown} view={shown}>
              <InsideDrawing colors={full} partTitle={partTitle} />
            </Drawing>
          ),
        )}
      </div>
      {showNames ? <PreviewNames colors={colors} names={names} parts={views.flatMap((shown) => (shown === "outside" ? outsideParts : insideParts))} /> : null}
    </div>
  );
}

/**
 * The names of what applies to each part, as text: "Fasade: Lys grå (NCS S 1502-Y)". Parts
 * without a name are left out; each line says which view its part belongs to (`data-view`).
 */
export function PreviewNames({
  colors,
  names,
  parts = [...outsideParts, ...insideParts],
  className,
}: {
  colors: Partial<Record<PreviewPart, string>>;
  names: Partial<Record<PreviewPart, string | PreviewName>>;
  parts?: readonly PreviewPart[];
  className?: string;
}) {
  const { t } = useTranslation();
  const listed = parts.filter((part) => nameOf(names[part]) !== null);
  if (listed.length === 0) return null;
  return (
    <ul className={`house-preview__names${className ? ` ${className}` : ""}`} aria-label={t("myHome.preview.chosenHeading")}>
      {listed.map((part) => {
        const named = nameOf(names[part])!;
        const text = `${named.name}${named.code ? ` (${named.code})` : ""}${named.standard ? `, ${t("myHome.preview.standardMark")}` : ""}`;
        return (
          <li key={part} data-part={part} data-view={viewOfPart(part)}>
            <svg className="house-preview__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect x="0.5" y="0.5" width="15" height="15" rx="3" fill={previewColor(part, colors[part])} stroke="currentColor" strokeOpacity="0.4" />
            </svg>
            {t("myHome.preview.partNamed", { part: t(`myHome.preview.part.${part}`), name: text })}
          </li>
        );
      })}
    </ul>
  );
}

function Drawing({ view, children }: { view: PreviewView; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <svg
      className="house-preview__svg"
      data-view={view}
      viewBox="0 0 400 260"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      focusable="false"
    >
      <title id={`${id}-title`}>{t(`myHome.preview.title.${view}`)}</title>
      <desc id={`${id}-desc`}>{t(`myHome.preview.desc.${view}`)}</desc>
      {children}
    </svg>
  );
}

interface DrawingProps {
  colors: Colors;
  partTitle: (part: PreviewPart) => string;
}

/** Vertical lines from `x0` to `x1` every `step`, from `top` to `bottom`: wood panelling. */
function verticalLines(x0: number, x1: number, step: number, top: number, bottom: number, stroke: string, width = 1) {
  const lines = [];
  for (let x = x0 + step; x < x1; x += step) {
    lines.push(<line key={x} x1={x} y1={top} x2={x} y2={bottom} stroke={stroke} strokeWidth={width} />);
  }
  return lines;
}

function OutsideDrawing({ colors, partTitle }: DrawingProps) {
  const { t } = useTranslation();
  const { facade, trim, roof, door } = colors;
  const facadeLine = lineColor(facade);
  const roofLine = lineColor(roof, 0.25);
  const trimLine = lineColor(trim, 0.3);
  const glass = "#bcd6e6";
  // The roof is a trapezoid from the eaves (y 122) to the ridge (y 70); its courses are drawn across it.
  const roofCourses = [80, 90, 100, 110].map((y) => {
    const inset = ((y - 70) / 52) * 34;
    return <line key={y} x1={70 - inset} y1={y} x2={270 + inset} y2={y} stroke={roofLine} strokeWidth="1.2" />;
  });
  const window = (x: number) => (
    <g key={x}>
      <rect x={x} y="142" width="52" height="44" fill={trim} stroke={trimLine} strokeWidth="0.8" />
      <rect x={x + 5} y="147" width="42" height="34" fill={glass} />
      <rect x={x + 24} y="147" width="4" height="34" fill={trim} />
      <rect x={x - 3} y="186" width="58" height="4" fill={trim} stroke={trimLine} strokeWidth="0.8" />
    </g>
  );
  return (
    <>
      <rect x="0" y="0" width="400" height="260" fill="#e6eff5" />
      <rect x="0" y="214" width="400" height="46" fill="#a9c58f" />
      <path d="M150 222 L180 222 L200 260 L130 260 Z" fill="#cfc6b4" />
      <g data-part="roof">
        <title>{partTitle("roof")}</title>
        <polygon data-surface="roof" points="36,122 70,70 270,70 304,122" fill={roof} />
        {roofCourses}
        <polygon points="286,148 358,138 358,146 286,156" fill={roof} />
      </g>
      <g data-part="facade">
        <title>{partTitle("facade")}</title>
        <rect data-surface="facade" x="50" y="122" width="240" height="92" fill={facade} />
        <rect x="290" y="152" width="62" height="62" fill={facade} />
        {verticalLines(50, 290, 8, 125, 214, facadeLine)}
        {verticalLines(290, 352, 8, 154, 214, facadeLine)}
      </g>
      <g data-part="trim">
        <title>{partTitle("trim")}</title>
        <rect data-surface="trim" x="36" y="120" width="268" height="6" fill={trim} stroke={trimLine} strokeWidth="0.8" />
        <rect x="50" y="126" width="6" height="88" fill={trim} />
        <rect x="284" y="126" width="6" height="88" fill={trim} />
        <rect x="346" y="154" width="6" height="60" fill={trim} />
        {window(72)}
        {window(214)}
      </g>
      <g data-part="entrance">
        <title>{t("myHome.preview.extra.entrance")}</title>
        <rect x="139" y="146" width="4" height="66" fill={trim} />
        <rect x="195" y="146" width="4" height="66" fill={trim} />
        <polygon points="132,148 169,126 206,148" fill={roof} />
        <polygon points="132,148 169,126 206,148 201,148 169,130 137,148" fill={trim} />
      </g>
      <g data-part="door">
        <title>{partTitle("door")}</title>
        <rect data-surface="door" x="154" y="152" width="30" height="60" fill={door} stroke={lineColor(door, 0.3)} strokeWidth="1" />
        <rect x="159" y="157" width="6" height="30" fill={glass} />
        <circle cx="178" cy="184" r="2" fill="#d8d8d8" stroke="#6b6b6b" strokeWidth="0.6" />
      </g>
      <g data-part="terrace">
        <title>{t("myHome.preview.extra.terrace")}</title>
        <rect x="118" y="212" width="102" height="8" fill="#a67c52" />
        {[136, 154, 172, 190, 208].map((x) => (
          <line key={x} x1={x} y1="212" x2={x} y2="220" stroke="#7d5a38" strokeWidth="0.8" />
        ))}
        <rect x="146" y="220" width="46" height="4" fill="#8c6642" />
      </g>
      <g data-part="technicalDoor">
        <title>{t("myHome.preview.extra.technicalDoor")}</title>
        <rect x="308" y="170" width="26" height="44" fill={lineColor(facade, 0.35)} stroke={trim} strokeWidth="2.5" />
        {[176, 180, 184].map((y) => (
          <line key={y} x1="314" y1={y} x2="328" y2={y} stroke={trim} strokeWidth="1.2" />
        ))}
        <circle cx="329" cy="196" r="1.6" fill="#d8d8d8" />
      </g>
    </>
  );
}

function InsideDrawing({ colors, partTitle }: DrawingProps) {
  const { t } = useTranslation();
  const { wall, floor, kitchen, worktop, bathroom } = colors;
  const kitchenLine = lineColor(kitchen, 0.3);
  const floorLine = lineColor(floor, 0.18);
  // Floorboards run towards a vanishing point behind the back wall.
  const boards = [];
  for (let x = -240; x <= 640; x += 44) {
    boards.push(<line key={x} x1={200 + (x - 200) * 0.45} y1="190" x2={x} y2="260" stroke={floorLine} strokeWidth="1" />);
  }
  const fronts = (top: number, height: number) =>
    [12, 54, 96].map((x) => (
      <g key={x}>
        <rect x={x + 1} y={top} width="40" height={height} fill={kitchen} stroke={kitchenLine} strokeWidth="1" />
        <rect x={x + 33} y={top + height / 2 - 7} width="3" height="14" rx="1.5" fill="#8f8f8f" />
      </g>
    ));
  const tiles = [];
  for (let y = 62; y < 190; y += 12) tiles.push(<line key={`y${y}`} x1="288" y1={y} x2="348" y2={y} stroke={lineColor(bathroom, 0.15)} strokeWidth="0.8" />);
  for (let x = 300; x < 348; x += 12) tiles.push(<line key={`x${x}`} x1={x} y1="54" x2={x} y2="190" stroke={lineColor(bathroom, 0.15)} strokeWidth="0.8" />);
  return (
    <>
      <g data-part="wall">
        <title>{partTitle("wall")}</title>
        <rect data-surface="wall" x="0" y="0" width="400" height="190" fill={wall} />
        {verticalLines(0, 400, 16, 0, 186, lineColor(wall, 0.08))}
        <rect x="0" y="185" width="400" height="5" fill="#f6f5f1" stroke="#d4d1c8" strokeWidth="0.5" />
      </g>
      <g data-part="window">
        <title>{t("myHome.preview.extra.window")}</title>
        <rect x="160" y="40" width="76" height="84" fill="#f6f5f1" stroke="#d4d1c8" strokeWidth="0.8" />
        <rect x="166" y="46" width="64" height="72" fill="#cfe3ef" />
        <rect x="196" y="46" width="4" height="72" fill="#f6f5f1" />
      </g>
      <g data-part="floor">
        <title>{partTitle("floor")}</title>
        <polygon data-surface="floor" points="0,190 400,190 400,260 0,260" fill={floor} />
        {boards}
      </g>
      <g data-part="kitchen">
        <title>{partTitle("kitchen")}</title>
        <rect data-surface="kitchen" x="12" y="22" width="126" height="58" fill={kitchen} />
        {fronts(22, 58)}
        <rect x="12" y="128" width="126" height="57" fill={kitchen} />
        {fronts(128, 57)}
      </g>
      <g data-part="worktop">
        <title>{partTitle("worktop")}</title>
        <rect data-surface="worktop" x="8" y="118" width="134" height="10" fill={worktop} stroke={lineColor(worktop, 0.3)} strokeWidth="0.8" />
        <rect x="28" y="119" width="34" height="3" fill="#b9bec2" />
        <path d="M44 119 L44 108 L52 108" fill="none" stroke="#9aa0a4" strokeWidth="2" />
      </g>
      <g data-part="bathroom">
        <title>{partTitle("bathroom")}</title>
        <rect data-surface="bathroom" x="288" y="54" width="60" height="136" fill={bathroom} />
        {tiles}
        <rect x="300" y="140" width="34" height="10" rx="3" fill="#fbfbfb" stroke="#c9c9c9" strokeWidth="0.8" />
        <rect x="306" y="92" width="22" height="30" rx="2" fill="#dce9ef" stroke="#c9c9c9" strokeWidth="0.8" />
        <rect x="282" y="48" width="72" height="6" fill="#f6f5f1" stroke="#d4d1c8" strokeWidth="0.5" />
        <rect x="282" y="54" width="6" height="136" fill="#f6f5f1" stroke="#d4d1c8" strokeWidth="0.5" />
        <rect x="348" y="54" width="6" height="136" fill="#f6f5f1" stroke="#d4d1c8" strokeWidth="0.5" />
        <polygon points="354,54 384,42 384,204 354,190" fill="#efede6" stroke="#c9c5b9" strokeWidth="0.8" />
      </g>
    </>
  );
}
