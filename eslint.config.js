// Type-aware lint rules that the compiler does not check: no floating promises, no `any`,
// and no API that reads text as HTML (decision 011).
import tseslint from "typescript-eslint";
import htmlSinks from "./eslint-rules/no-html-string.js";

const leafletContentCall = "CallExpression[callee.property.name=/^(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)$/]";
const divIconCall = ":matches(CallExpression[callee.property.name='divIcon'], CallExpression[callee.name='divIcon'], NewExpression[callee.property.name='DivIcon'], NewExpression[callee.name='DivIcon'])";
const textNotHtml = "is parsed as HTML, so user text there runs script (issue 7). Build DOM nodes with textContent (app/map-page/map-text.client.ts) or render with React (decision 011).";

/** Each way of handing a string to the browser's HTML parser, with the reason it is refused. */
const htmlSinkSyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: `dangerouslySetInnerHTML ${textNotHtml}` },
  { selector: "JSXAttribute[name.name=/^srcdoc$/i]", message: `An iframe's srcdoc ${textNotHtml}` },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: `innerHTML and outerHTML ${textNotHtml}` },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]", message: `This call ${textNotHtml}` },
  {
    selector: `${leafletContentCall} > :first-child:matches(Literal, TemplateLiteral, BinaryExpression)`,
    message: `A string given to a Leaflet tooltip, popup or setContent ${textNotHtml} Pass textElement(text).`,
  },
  {
    selector: `${divIconCall} > ObjectExpression > Property[key.name='html'] > :matches(TemplateLiteral[expressions.length>0], BinaryExpression, CallExpression[callee.property.name='join']).value`,
    message: `A divIcon's html string ${textNotHtml} Use textIcon({ text }).`,
  },
];

export default tseslint.config(
  { ignores: ["build/**", "build-*/**", "node_modules/**", ".data/**", "test-results/**", "**/*.js", "**/*.mjs"] },
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "html-sinks": htmlSinks },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-syntax": ["error", ...htmlSinkSyntax],
      "no-restricted-properties": [
        "error",
        { object: "document", property: "write", message: `document.write ${textNotHtml}` },
        { object: "document", property: "writeln", message: `document.writeln ${textNotHtml}` },
      ],
      // A variable holding a string (the form the hole had) needs the type checker to see.
      "html-sinks/no-html-string": "error",
    },
  },
);
