/**
 * Traps for script that should never run, shared by the security browser tests.
 * Installed before any page script: `window.__xss` collects what injected
 * payloads push, `window.__cspViolations` what the Content-Security-Policy
 * blocked, and every dialog (an `alert(1)` payload) is recorded and dismissed.
 */
import type { BrowserContext, Page } from "playwright-core";

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  page: string;
}

export interface PageTraps {
  /** Dialogs (alert, confirm, prompt) any page of the context opened. */
  dialogs: string[];
  /** What the payloads pushed and the CSP blocked, on this page so far. */
  read(page: Page): Promise<{ executed: string[]; violations: CspViolation[] }>;
}

export async function installTraps(context: BrowserContext): Promise<PageTraps> {
  const dialogs: string[] = [];
  await context.addInitScript(() => {
    const trapped = window as unknown as { __xss: string[]; __cspViolations: CspViolation[] };
    trapped.__xss = [];
    trapped.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      trapped.__cspViolations.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        page: location.pathname,
      });
    });
  });
  context.on("page", (page) => {
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
      void dialog.dismiss().catch(() => {});
    });
  });
  return {
    dialogs,
    read: (page) =>
      page.evaluate(() => {
        const trapped = window as unknown as { __xss?: string[]; __cspViolations?: CspViolation[] };
        return { executed: [...(trapped.__xss ?? [])], violations: [...(trapped.__cspViolations ?? [])] };
      }),
  };
}

/** Resolves once Remix has hydrated the page (its router exists). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined);
}
