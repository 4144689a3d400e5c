// A type-aware lint rule: text never reaches an API that reads a string as HTML (decision 011).
//
// Leaflet's bindTooltip, bindPopup, setContent, setTooltipContent, setPopupContent and a divIcon's
// `html` take either a DOM node or a string, and a string is parsed as markup: a site named
// `<img src=x onerror=…>` ran script for everyone on the map (issue 7). The syntax rules in
// eslint.config.js catch literals, templates and concatenations; this rule also catches the form
// the hole had, a variable holding a string (`layer.bindTooltip(label)`), by asking the type checker.
// DOM nodes (textElement(…), document.createElement(…)) and functions returning them pass.
import { ESLintUtils } from "@typescript-eslint/utils";
import ts from "typescript";

/** Leaflet methods whose first argument is content: a string there is HTML. */
export const leafletContentMethods = ["bindTooltip", "bindPopup", "setContent", "setTooltipContent", "setPopupContent"];

/** True when a value of this type could be a string (string, a string literal, or a union with one). */
function couldBeString(type) {
  if (type.isUnion()) return type.types.some(couldBeString);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  return Boolean(type.flags & ts.TypeFlags.StringLike);
}

/** A string literal or a template without expressions: markup the author typed, no data in it. */
function isFixedMarkup(node) {
  if (node.type === "Literal") return true;
  return node.type === "TemplateLiteral" && node.expressions.length === 0;
}

export const noHtmlString = {
  meta: {
    type: "problem",
    docs: { description: "Forbid strings (HTML) as Leaflet tooltip, popup and divIcon content" },
    messages: {
      leafletString:
        "{{method}} reads a string as HTML. Pass a DOM node instead: textElement(text) from app/map-page/map-text.client.ts (decision 011).",
      divIconString:
        "A divIcon's html string is parsed as HTML. Use textIcon({ text }) from app/map-page/map-text.client.ts, or markup with no data in it (decision 011).",
    },
    schema: [],
  },
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const typeOf = (node) => services.getTypeAtLocation(node);
    return {
      CallExpression(node) {
        const callee = node.callee;
        const method = callee.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : undefined;
        if (method && leafletContentMethods.includes(method) && node.arguments.length > 0) {
          const content = node.arguments[0];
          if (content.type !== "SpreadElement" && couldBeString(typeOf(content))) {
            context.report({ node: content, messageId: "leafletString", data: { method } });
          }
        }
        const calleeName = callee.type === "Identifier" ? callee.name : method;
        if (calleeName === "divIcon") checkDivIconOptions(node.arguments[0]);
      },
      NewExpression(node) {
        const callee = node.callee;
        const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : undefined;
        if (name === "DivIcon") checkDivIconOptions(node.arguments[0]);
      },
    };

    function checkDivIconOptions(options) {
      if (!options || options.type !== "ObjectExpression") return;
      for (const property of options.properties) {
        if (property.type !== "Property" || property.computed) continue;
        const key = property.key.type === "Identifier" ? property.key.name : property.key.value;
        if (key !== "html") continue;
        if (isFixedMarkup(property.value)) continue;
        if (couldBeString(typeOf(property.value))) context.report({ node: property.value, messageId: "divIconString" });
      }
    }
  },
};

export default { rules: { "no-html-string": noHtmlString } };
