/**
 * The text of each page of a PDF, read with pdfjs-dist (legacy build, for Node), so a test checks
 * what a reader of the PDF sees.
 *
 * @example
 * const pages = await pdfPageTexts(bytes); // ["Til eieren Eikelundveien 10 …", …]
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " ")
        .trim(),
    );
  }
  await document.destroy();
  return pages;
}
