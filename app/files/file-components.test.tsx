/**
 * The upload form and the file list as the server renders them: labels, the accepted types, the
 * purpose before the file, the position box unticked, and every name and caption as text.
 */
import { createInstance, type i18n as I18n } from "i18next";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { beforeAll, describe, expect, it } from "vitest";
import { i18nOptions } from "../i18n/config";
import { FileList } from "./file-list";
import type { StoredFileInfo } from "./file-types";
import { FileUpload } from "./file-upload";

let i18n: I18n;

beforeAll(async () => {
  i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nOptions, lng: "nb" });
});

function render(element: ReactNode, language = "nb"): string {
  void i18n.changeLanguage(language);
  // useFetcher needs a data router; the memory router gives one without a server.
  const router = createMemoryRouter([{ path: "/projects/:projectId/checklist", element }], { initialEntries: ["/projects/p1/checklist?section=fire"] });
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

/** Decodes the few entities React writes in text and attributes. */
const text = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const base: StoredFileInfo = {
  id: "f1",
  purpose: "checklist",
  subjectKey: "fireAlarmSuited",
  homeId: "",
  kind: "image",
  contentType: "image/jpeg",
  fileName: "IMG_0042.jpg",
  byteSize: 245_760,
  width: 1600,
  height: 1200,
  latitude: null,
  longitude: null,
  caption: "",
  uploadedBy: { id: "u1", name: "Ahmed" },
  uploadedRole: "fire",
  createdAt: "2026-12-02T13:05:00Z",
};

describe("FileUpload", () => {
  it("posts multipart to the project's files with the purpose first, labelled fields and the position box unticked", () => {
    const html = render(<FileUpload projectId="p1" purpose="checklist" subjectKey="fireAlarmSuited" homeId="h2" />);
    expect(html).toMatch(/<form[^>]*method="post"[^>]*action="\/projects\/p1\/files"[^>]*enctype="multipart\/form-data"/i);
    const names = [...html.matchAll(/name="([^"]+)"/g)].map((match) => match[1]);
    expect(names).toEqual(["purpose", "subjectKey", "homeId", "redirectTo", "file", "caption", "keepPosition"]);
    expect(html).toContain('value="h2"');
    expect(text(html)).toContain('value="/projects/p1/checklist?section=fire"');
    expect(html).toContain('accept="image/jpeg,image/png,image/webp,application/pdf"');
    expect(html).not.toContain("capture");
    expect(html).not.toMatch(/name="keepPosition"[^>]*checked/);
    for (const label of ["Legg til dokumentasjon", "Bilde eller PDF", "Beskrivelse (valgfritt)", "Behold posisjonen fra bildet", "Last opp"]) expect(html).toContain(label);
    const fileInput = /<input[^>]*type="file"[^>]*>/.exec(html)?.[0] ?? "";
    const help = /aria-describedby="([^"]+)"/.exec(fileInput)?.[1];
    expect(help).toBeDefined();
    expect(html).toContain(`id="${help}"`);
    expect(html).toMatch(/<label[^>]*for="[^"]+-file"/);
    expect(html).toContain('role="status"');
  });

  it("takes only images for a catalogue option, without the position box, in English too", () => {
    const html = render(<FileUpload projectId="p1" purpose="catalogue" subjectKey="option-1" />, "en");
    expect(html).toContain('accept="image/jpeg,image/png,image/webp"');
    expect(html).not.toContain("keepPosition");
    expect(html).toContain("Add a photo of the option");
  });
});

describe("FileList", () => {
  it("shows a thumbnail linking to the view size, with the file name as its alternative text", () => {
    const html = render(<FileList projectId="p1" files={[base]} />);
    expect(html).toContain('href="/projects/p1/files/f1"');
    expect(html).toContain('src="/projects/p1/files/f1?size=thumb"');
    expect(html).toContain('alt="Bilde: IMG_0042.jpg"');
    expect(html).toContain('width="320" height="240"');
    expect(text(html)).toContain("Lastet opp av Ahmed (Brann og redning), 2. des. 2026 kl. 14:05");
    expect(html).not.toContain("Posisjon");
  });

  it("uses the caption as the alternative text, as text, and shows a kept position", () => {
    const file = { ...base, caption: 'Røykvarsler <img src=x onerror="alert(1)">', latitude: 59.958333, longitude: -10.95 };
    const html = render(<FileList projectId="p1" files={[file]} />);
    expect(html).not.toContain("<img src=x");
    expect(text(html)).toContain('alt="Røykvarsler <img src=x onerror="alert(1)">"');
    expect(text(html)).toContain("Posisjon: 59,95833° N, 10,95000° V");
    expect(text(render(<FileList projectId="p1" files={[file]} />, "en"))).toContain("Position: 59.95833° N, 10.95000° W");
  });

  it("shows a PDF as a link with its name and size, and a former member's upload without a name", () => {
    const pdf = { ...base, id: "f2", kind: "pdf" as const, contentType: "application/pdf", fileName: "Brannrapport.pdf", width: null, height: null, uploadedBy: null };
    const html = render(<FileList projectId="p1" files={[pdf, { ...pdf, id: "f3", byteSize: 2.4 * 1024 * 1024 }]} />);
    expect(html).toContain('href="/projects/p1/files/f2"');
    expect(html).toContain("PDF: Brannrapport.pdf, 240 kB");
    expect(html).toContain("PDF: Brannrapport.pdf, 2,4 MB");
    expect(html).toContain("Lastet opp av et tidligere medlem (Brann og redning)");
    expect(html).not.toContain("<img");
  });

  it("shows nothing, or 'no evidence yet' when asked, for no files", () => {
    expect(render(<FileList projectId="p1" files={[]} />)).toBe("");
    expect(render(<FileList projectId="p1" files={[]} showEmpty />)).toContain("Ingen dokumentasjon ennå.");
  });
});
