/**
 * The checklist's downloads through the real route (GET /projects/:id/checklist/export) with the
 * template that ships: the CSV opens in Norwegian Excel (BOM, `;`, CRLF, quoted cells), carries
 * what the page shows (states in words, who signed and when, a row per home where homes differ,
 * evidence counts, sources), English with `,` under ?lng=en; the JSON has English keys and codes;
 * both are attachments; a non-member gets 404.
 */
import type { AppLoadContext } from "@remix-run/node";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files, memberships } from "../../db/schema";
import { testAppConfig } from "../../test/support/app-config";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../test/support/database";
import { createSession } from "../auth/session.server";
import { createUser } from "../auth/users.server";
import { createProject } from "../projects/projects.server";
import { loader } from "../routes/projects.$projectId.checklist.export";
import { readChecklist, setStatus } from "./checklist-store.server";
import { templateItems } from "./template";

/** RFC 4180 with a chosen separator: quoted cells may hold separators, quotes and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === separator) {
      row.push(cell);
      cell = "";
    } else if (character === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += 1;
    } else cell += character;
  }
  return rows;
}

/** The body as sent: Response.text() would drop the byte-order mark this checks for. */
async function bodyText(response: Response): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

describe.each(testDatabaseKinds)("checklist export on %s", (kind) => {
  let database: TestDatabase;
  let projectId: string;
  const cookies = new Map<string, string>();
  const ids = new Map<string, string>();
  const context = () => ({ db: database.db, logger: pino({ level: "silent" }), clientAddress: "test", config: testAppConfig }) as unknown as AppLoadContext;
  const get = async (person: string, query: string) => {
    const request = new Request(`http://localhost/projects/${projectId}/checklist/export?${query}`, { headers: { Cookie: cookies.get(person) ?? "" } });
    try {
      return (await loader({ request, params: { projectId }, context: context() })) as Response;
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  };
  const fireItem = templateItems().find((item) => item.signingRole === "fire" && item.scope === "home" && item.requiresEvidence);
  const homeItem = templateItems().find((item) => item.scope === "home" && !item.signingRole && !item.requiresEvidence);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    for (const [username, name] of [
      ["jonas", "Jonas"],
      ["ahmed", "Ahmed"],
      ["stranger", "Stranger"],
    ]) {
      const user = await createUser(database.db, { name, username, email: null, password: "passord-123" });
      ids.set(username, user.id);
      cookies.set(username, (await createSession(database.db, user.id, new Request("http://localhost/"))).split(";")[0]);
    }
    projectId = (await createProject(database.db, ids.get("jonas") as string, { name: "Småhus på Eikelund; sør", municipality: "Demo", housingForm: "smahus", homeCount: 2, description: "" })).id;
    await database.db.insert(memberships).values({ projectId, userId: ids.get("ahmed") as string, role: "fire" });
    if (!fireItem || !homeItem) throw new Error("the template has a fire item needing evidence and a plain home item");
    const fire = { projectId, userId: ids.get("ahmed") as string, role: "fire" as const };
    const planner = { projectId, userId: ids.get("jonas") as string, role: "owner" as const };
    await readChecklist(database.db, planner);
    await database.db.insert(files).values({ id: crypto.randomUUID(), projectId, purpose: "checklist", subjectKey: fireItem.key, homeId: "", kind: "image", contentType: "image/jpeg", fileName: "a.jpg", byteSize: 1, data: Buffer.from([1]), uploadedRole: "fire" });
    expect((await setStatus(database.db, fire, { itemKey: fireItem.key, target: "project", status: "done", reason: "" })).ok).toBe(true);
    const [home1] = (await readChecklist(database.db, planner)).homes;
    expect((await setStatus(database.db, planner, { itemKey: homeItem.key, target: { homeId: home1.id }, status: "decidedAgainst", reason: 'Valgt bort; "for dyrt"' })).ok).toBe(true);
  });
  afterAll(() => database.drop());

  it("writes a CSV for Norwegian Excel with what the page shows", async () => {
    const response = await get("ahmed", "format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="sjekkliste-smahus-pa-eikelund-sor-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await bodyText(response);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("\r\n");
    const [header, ...rows] = parseCsv(text.slice(1), ";");
    expect(header).toEqual(["Del", "Punkt", "Gjelder", "Bolig", "Status", "Begrunnelse", "Ansvarlig", "Frist", "Signeres av", "Signert eller satt av", "Tidspunkt", "Dokumentasjon (filer)", "Kilde", "Beslutning"]);
    expect(rows.every((row) => row.length === header.length)).toBe(true);

    const snapshot = await readChecklist(database.db, { projectId, userId: ids.get("ahmed") as string, role: "fire" });
    const itemCount = snapshot.sections.reduce((sum, section) => sum + section.items.length, 0);
    // One row per item, and one per home (two) instead of one for the item whose homes differ.
    expect(rows).toHaveLength(itemCount + 1);

    const fireRow = rows.find((row) => row[1] === fireItem?.title.nb);
    expect(fireRow?.slice(2, 5)).toEqual(["Hver bolig", "", "Ferdig"]);
    expect(fireRow?.[8]).toBe("brann og redning");
    expect(fireRow?.[9]).toBe("Ahmed (Brann og redning)");
    expect(fireRow?.[10]).toMatch(/^\d{1,2}\. [a-z]+\.? \d{4} kl\. \d{2}:\d{2}$/);
    expect(fireRow?.[11]).toBe("1");
    expect(fireRow?.[12]).toBe(fireItem?.source);

    const homeRows = rows.filter((row) => row[1] === homeItem?.title.nb);
    expect(homeRows.map((row) => [row[3], row[4]])).toEqual([
      ["Hus 1", "Valgt bort"],
      ["Hus 2", "Ikke påbegynt"],
    ]);
    // Quotes and the separator survive the round trip.
    expect(homeRows[0][5]).toBe('Valgt bort; "for dyrt"');
  });

  it("writes the English CSV with commas when the reader chose English", async () => {
    const text = await bodyText(await get("ahmed", "format=csv&lng=en"));
    const [header, ...rows] = parseCsv(text.slice(1), ",");
    expect(header.slice(0, 5)).toEqual(["Part", "Item", "For", "Home", "State"]);
    expect(rows.find((row) => row[1] === fireItem?.title.en)?.[4]).toBe("Done");
  });

  it("writes JSON with English keys and state codes", async () => {
    const response = await get("ahmed", "format=json");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="checklist-smahus-pa-eikelund-sor-.*\.json"$/);
    const body = (await response.json()) as { template_version: number; progress: { total: number; closed: number }; items: Array<{ key: string; status: string; project_state: { updated_by: string | null }; homes: Array<{ home: string; status: string }>; evidence_files: number }> };
    expect(body.progress.closed).toBe(1);
    const fire = body.items.find((item) => item.key === fireItem?.key);
    expect(fire).toMatchObject({ status: "done", evidence_files: 1, project_state: { updated_by: "Ahmed" } });
    expect(body.items.find((item) => item.key === homeItem?.key)?.homes.map((home) => home.status)).toEqual(["decidedAgainst", "notStarted"]);
  });

  it("refuses a non-member (404) and an unknown format (400)", async () => {
    expect((await get("stranger", "format=csv")).status).toBe(404);
    expect((await get("ahmed", "format=xlsx")).status).toBe(400);
  });
});
