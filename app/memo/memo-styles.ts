/**
 * The memo on paper: the print page and the PDF put this same style sheet in a <style> element,
 * so the PDF is the page the planner saw. A4, plain type, tables that break between rows, the
 * map kept whole. The app's header and the page's tools are not printed. Kept free of quotes and
 * of < > &, which React would escape inside <style>.
 */
export const memoCss = `
@page {
  size: A4;
  margin: 22mm 18mm 20mm 18mm;
}
.memo-document {
  box-sizing: border-box;
  max-width: 174mm;
  margin: 0 auto;
  color: #1a1a1a;
  background: #fff;
  font-family: Inter, Liberation Sans, DejaVu Sans, Arial, sans-serif;
  font-size: 10.5pt;
  line-height: 1.45;
}
.memo-document h1 {
  font-size: 20pt;
  line-height: 1.2;
  margin: 0.2em 0 0.3em;
}
.memo-document h2 {
  font-size: 14pt;
  margin: 1.4em 0 0.4em;
  padding-bottom: 0.15em;
  border-bottom: 1.5px solid #1a1a1a;
  break-after: avoid;
}
.memo-document h3 {
  font-size: 12pt;
  margin: 1.1em 0 0.35em;
  break-after: avoid;
}
.memo-document h4 {
  font-size: 10.5pt;
  margin: 0.8em 0 0.25em;
  break-after: avoid;
}
.memo-document p,
.memo-document li {
  margin: 0 0 0.45em;
  overflow-wrap: anywhere;
}
.memo-text {
  white-space: pre-wrap;
}
.memo-kind {
  text-transform: uppercase;
  letter-spacing: 0.06em;
  font-size: 9pt;
  color: #404040;
  margin: 0;
}
.memo-meta {
  font-size: 10pt;
}
.memo-muted {
  color: #4a4a4a;
}
.memo-nowrap {
  white-space: nowrap;
}
.memo-number {
  text-align: right;
  white-space: nowrap;
}
.memo-facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.2em 1.2em;
  margin: 0;
}
.memo-facts dt {
  font-weight: 600;
}
.memo-facts dd {
  margin: 0;
}
.memo-table {
  width: 100%;
  border-collapse: collapse;
  margin: 0.4em 0 0.8em;
  font-size: 9pt;
}
.memo-table--narrow {
  width: auto;
  min-width: 50%;
}
.memo-table caption {
  text-align: left;
  font-weight: 600;
  padding-bottom: 0.3em;
}
.memo-table th,
.memo-table td {
  border: 1px solid #8c8c8c;
  padding: 0.3em 0.4em;
  vertical-align: top;
  text-align: left;
}
.memo-table thead th {
  background: #ececec;
}
.memo-table tr {
  break-inside: avoid;
}
.memo-table--sites {
  font-size: 8.5pt;
}
.memo-table--site {
  break-inside: avoid;
}
.memo-table--site th {
  width: 34%;
  font-weight: 600;
}
.memo-map {
  margin: 0.4em 0 0.8em;
  break-inside: avoid;
}
.memo-keep {
  break-inside: avoid;
}
.memo-foot {
  margin-top: 2em;
  font-size: 9pt;
}
.memo-print__tools {
  display: flex;
  gap: 1rem;
  align-items: center;
  flex-wrap: wrap;
  max-width: 174mm;
  margin: 1rem auto;
}
@media print {
  .site-header,
  .memo-print__tools {
    display: none;
  }
  .memo-document {
    max-width: none;
  }
}
`;
