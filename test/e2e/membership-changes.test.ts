/**
 * When the owner changes a member's role or removes them, the member's open
 * project page follows at once: the server closes their live connection, the
 * page reconnects with the new role, or shows that the project is gone.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, signIn } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

describe("membership changes reach open pages", () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ seedDemo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("promotes a police member to planner live, then removes them", async () => {
    const ownerContext = await browser.newContext({ baseURL: app.url });
    const policeContext = await browser.newContext({ baseURL: app.url });
    const owner = await ownerContext.newPage();
    const police = await policeContext.newPage();
    await signIn(owner, "kari");
    await signIn(police, "silje");

    await police.goto(`/projects/${app.demoProjectId}`);
    await police.locator("[data-testid=connection-status][data-status=connected]").waitFor();
    await police.getByTestId("decision-log").waitFor();
    expect(await police.locator("#phase-select").count()).toBe(0);

    await owner.goto(`/projects/${app.demoProjectId}/members`);
    const row = owner.getByRole("row", { name: /Silje/ });
    await row.getByRole("combobox").selectOption("planner");
    await row.getByRole("button", { name: "Lagre rolle" }).click();
    await owner.getByRole("row", { name: /Silje.*Planlegger/ }).waitFor();

    // Silje's page, untouched, now offers the planner's tools and can change the phase.
    await police.locator("#phase-select").waitFor({ timeout: 15_000 });
    await police.locator("[data-testid=connection-status][data-status=connected]").waitFor();
    await police.locator("#phase-select").selectOption("consultation");
    await owner.goto(`/projects/${app.demoProjectId}`);
    await expect.poll(() => owner.getByTestId("current-phase").textContent(), { timeout: 10_000 }).toBe("Høring");
    await owner.goto("/projects");
    await owner.getByText("Fase: Høring").waitFor();

    await owner.goto(`/projects/${app.demoProjectId}/members`);
    await owner.getByRole("button", { name: "Fjern Silje fra prosjektet" }).click();
    await owner.getByRole("row", { name: /Silje/ }).waitFor({ state: "detached" });
    await police.getByRole("heading", { name: "Fant ikke siden" }).waitFor({ timeout: 15_000 });
    await screenshot(police, "membership-removed");

    await ownerContext.close();
    await policeContext.close();
  });
});
