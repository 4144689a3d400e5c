/**
 * Letters on paper (decision 013): the print page and the PDF put this same style sheet in a
 * <style> element, so the PDF looks as the planner saw the print page. A4, one letter per sheet
 * (a long letter goes on to a second sheet), plain type. Kept free of quotes and of < > &, which
 * React would escape inside <style>.
 */
export const letterCss = `
@page {
  size: A4;
  margin: 20mm 20mm 22mm 22mm;
}
.letter-sheets {
  display: flex;
  flex-direction: column;
  gap: 2rem;
}
.letter-sheet {
  box-sizing: border-box;
  max-width: 170mm;
  padding: 2rem;
  background: #fff;
  color: #1a1a1a;
  border: 1px solid #c9c9c9;
  font-family: Inter, Liberation Sans, DejaVu Sans, Arial, sans-serif;
  font-size: 11pt;
  line-height: 1.45;
}
.letter-sheet p {
  margin: 0 0 0.8em;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.letter-sheet__head {
  display: flex;
  justify-content: space-between;
  gap: 2rem;
  margin-bottom: 2.5em;
}
.letter-sheet__address p,
.letter-sheet__sender p {
  margin: 0;
}
.letter-sheet__sender {
  text-align: right;
}
.letter-sheet__recipient {
  font-weight: 600;
}
.letter-sheet__subject {
  font-size: 15pt;
  margin: 0 0 1em;
  line-height: 1.25;
}
.letter-sheet__facts {
  margin: 0 0 1.2em;
  padding: 0.6em 0.8em;
  border: 1px solid #8a8a8a;
}
.letter-sheet__facts div {
  display: grid;
  grid-template-columns: 13em minmax(0, 1fr);
  gap: 0.5em;
  padding: 0.15em 0;
}
.letter-sheet__facts dt {
  font-weight: 600;
}
.letter-sheet__facts dd {
  margin: 0;
  white-space: pre-wrap;
}
.letter-sheet__closing {
  margin-top: 1.5em !important;
}
.letter-sheet__signature {
  margin: 0 !important;
}

@media print {
  .site-header,
  .skip-link,
  .letter-print__tools,
  .letter-print__intro {
    display: none !important;
  }
  body {
    background: #fff;
  }
  .letter-print {
    padding: 0;
    max-width: none;
  }
  .letter-sheets {
    display: block;
  }
  .letter-sheet {
    border: 0;
    padding: 0;
    max-width: none;
    break-after: page;
    page-break-after: always;
  }
  .letter-sheet:last-child {
    break-after: auto;
    page-break-after: auto;
  }
}
`;
