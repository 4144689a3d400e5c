/**
 * Hole 1 (stored XSS): the lint rules that forbid HTML sinks must keep working.
 * Each snippet below is linted with the project's own eslint.config.js through
 * ESLint's Node API; a forbidden form that stopped being reported would let the
 * next `bindTooltip(label)` through CI unnoticed.
 *
 * The snippets are type-checked in memory (one small TypeScript program with the
 * DOM library), so the type-aware rule sees a string variable as a string
 * without files on disk or the whole project's program.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint, type Linter } from "eslint";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Declarations the snippets lean on, so they type-check like app code. */
const prelude = `
declare const layer: {
  bindTooltip(content: string | HTMLElement | ((layer: unknown) => string | HTMLElement)): void;
  bindPopup(content: string | HTMLElement): void;
  setTooltipContent(content: string | HTMLElement): void;
  setPopupContent(content: string | HTMLElement): void;
};
declare const popup: { setContent(content: string | HTMLElement): void };
declare const L: { divIcon(options: { className?: string; html?: string | HTMLElement | false }): unknown };
declare function textElement(text: string): HTMLElement;
declare const element: HTMLElement;
declare const siteName: string;
declare const maybeName: string | undefined;
`;

/** One in-memory TypeScript program holding every snippet as its own module (parsing the DOM library once). */
function programFor(samples: Map<string, string>): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    jsx: ts.JsxEmit.Preserve,
    strict: true,
    noEmit: true,
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => samples.has(file) || ts.sys.fileExists(file);
  host.readFile = (file) => samples.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError, shouldCreate) => {
    const code = samples.get(file);
    return code === undefined ? getSourceFile(file, language, onError, shouldCreate) : ts.createSourceFile(file, code, language, true, ts.ScriptKind.TSX);
  };
  return ts.createProgram({ rootNames: [...samples.keys()], options, host });
}

/**
 * Lints each snippet (after the prelude) with the project's config and returns,
 * per snippet, the messages of the html-sink rules.
 */
async function lintAll(bodies: string[]): Promise<Linter.LintMessage[][]> {
  const samples = new Map(
    bodies.map((body, index) => [path.join(root, `test/security/html-sink-sample-${index}.tsx`), `${prelude}\n${body}\nexport {};\n`]),
  );
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, programs: [programFor(samples)] } },
    },
  });
  const results: Linter.LintMessage[][] = [];
  for (const [filePath, code] of samples) {
    const [result] = await eslint.lintText(code, { filePath });
    const fatal = result.messages.filter((message) => message.fatal);
    if (fatal.length > 0) throw new Error(`a sample did not parse: ${fatal.map((message) => message.message).join("; ")}`);
    results.push(
      result.messages.filter((message) =>
        ["no-restricted-syntax", "no-restricted-properties", "html-sinks/no-html-string"].includes(message.ruleId ?? ""),
      ),
    );
  }
  return results;
}

const forbidden: Array<[string, string]> = [
  ["dangerouslySetInnerHTML in JSX", `const view = <div dangerouslySetInnerHTML={{ __html: siteName }} />; void view;`],
  ["an assignment to innerHTML", `element.innerHTML = siteName;`],
  ["an appending assignment to innerHTML", `element.innerHTML += siteName;`],
  ["an assignment to outerHTML", `element.outerHTML = siteName;`],
  ["insertAdjacentHTML", `element.insertAdjacentHTML("beforeend", siteName);`],
  ["document.write", `document.write(siteName);`],
  ["document.writeln", `document.writeln(siteName);`],
  ["bindTooltip with a string variable (the form the hole had)", `layer.bindTooltip(siteName);`],
  ["bindTooltip with a possibly-undefined string", `layer.bindTooltip(maybeName ?? "");`],
  ["bindTooltip with a template literal", "layer.bindTooltip(`<b>${siteName}</b>`);"],
  ["bindTooltip with a string literal", `layer.bindTooltip("<b>fixed</b>");`],
  ["bindPopup with a concatenation", `layer.bindPopup("<p>" + siteName + "</p>");`],
  ["setContent with a string", `popup.setContent(siteName);`],
  ["setTooltipContent with a string", `layer.setTooltipContent(siteName);`],
  ["setPopupContent with a string", `layer.setPopupContent(siteName);`],
  ["a divIcon whose html interpolates data", "L.divIcon({ className: 'x', html: `<span>${siteName}</span>` });"],
  ["a divIcon whose html is a string variable", `L.divIcon({ html: siteName });`],
  ["a divIcon whose html is a concatenation", `L.divIcon({ html: "<span>" + siteName + "</span>" });`],
];

const allowed: Array<[string, string]> = [
  ["bindTooltip with textElement(…)", `layer.bindTooltip(textElement(siteName));`],
  ["bindTooltip with a DOM element", `layer.bindTooltip(element);`],
  ["bindPopup with a created element", `const box = document.createElement("div"); box.textContent = siteName; layer.bindPopup(box);`],
  ["a divIcon with fixed markup and no data", "L.divIcon({ html: `<span aria-hidden=\"true\"></span>` }); L.divIcon({ html: '<i></i>' });"],
  ["a divIcon with an element", `L.divIcon({ html: textElement(siteName) });`],
  ["a divIcon without html", `L.divIcon({ className: "marker", html: false });`],
  ["text set with textContent", `element.textContent = siteName;`],
  ["React rendering text", `const view = <span title={siteName}>{siteName}</span>; void view;`],
];

describe("hole 1: a new HTML sink fails the lint step of CI", () => {
  let forbiddenMessages: Linter.LintMessage[][];
  let allowedMessages: Linter.LintMessage[][];
  beforeAll(async () => {
    const messages = await lintAll([...forbidden, ...allowed].map(([, body]) => body));
    forbiddenMessages = messages.slice(0, forbidden.length);
    allowedMessages = messages.slice(forbidden.length);
  });

  it.each(forbidden.map(([name, body], index) => ({ name, body, index })))("reports $name", ({ body, index }) => {
    expect(forbiddenMessages[index].length, `no html-sink lint error for: ${body}`).toBeGreaterThan(0);
  });

  it.each(allowed.map(([name, body], index) => ({ name, body, index })))("lets $name pass", ({ index }) => {
    expect(allowedMessages[index].map((message) => message.message)).toEqual([]);
  });
});
