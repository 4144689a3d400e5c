/**
 * PDFs from HTML through the project's Chromium (decision 013): playwright-core drives Debian's
 * `chromium` (or `CHROMIUM_PATH`). One browser is shared and closed after a short idle time;
 * PDFs are made one at a time per process, so a burst of requests queues instead of starting a
 * browser each. When Chromium cannot start, `PdfUnavailableError` says why.
 */
import type { Browser } from "playwright-core";

export class PdfUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PdfUnavailableError";
  }
}

/** Extra page options for a print (the decision memo's running header and page numbers). */
export interface PrintOptions {
  displayHeaderFooter?: boolean;
  /** Chromium's header and footer templates (HTML; classes pageNumber, totalPages fill in). */
  headerTemplate?: string;
  footerTemplate?: string;
  margin?: { top?: string; right?: string; bottom?: string; left?: string };
}

export interface PdfPrinter {
  /** A4 PDF of a whole HTML document, with its print stylesheet and backgrounds. */
  print(html: string, options?: PrintOptions): Promise<Uint8Array>;
  /** Closes the browser now (tests, shutdown). */
  close(): Promise<void>;
}

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/**
 * @example
 * const printer = createPdfPrinter({ idleMilliseconds: 30_000 });
 * const pdf = await printer.print("<!doctype html><p>Hei</p>");
 */
export function createPdfPrinter(options: { executablePath?: string; idleMilliseconds?: number } = {}): PdfPrinter {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const idleMilliseconds = options.idleMilliseconds ?? 30_000;
  let browser: Promise<Browser> | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function closeBrowser(): Promise<void> {
    const open = browser;
    browser = null;
    if (open) await open.then((instance) => instance.close()).catch(() => undefined);
  }

  function launch(): Promise<Browser> {
    browser ??= import("playwright-core")
      .then(({ chromium }) => chromium.launch({ executablePath, headless: true, args: chromiumArgs, timeout: 30_000 }))
      .then((instance) => {
        instance.on("disconnected", () => {
          browser = null;
        });
        return instance;
      })
      .catch((error: unknown) => {
        browser = null;
        throw new PdfUnavailableError(`Chromium could not start from ${executablePath}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, { cause: error });
      });
    return browser;
  }

  async function printNow(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
    if (idleTimer) clearTimeout(idleTimer);
    const instance = await launch();
    const context = await instance.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      // Nothing in a letter loads from anywhere: no request leaves the page.
      await page.route("**/*", (route) => route.abort());
      // Playwright's page, not Leaflet's: the HTML is a whole document React rendered and escaped
      // (lettersHtml), with no script (JavaScript is off in this context) and no requests.
      // eslint-disable-next-line html-sinks/no-html-string
      await page.setContent(html, { waitUntil: "load" });
      return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, ...options });
    } finally {
      await context.close().catch(() => undefined);
      idleTimer = setTimeout(() => void closeBrowser(), idleMilliseconds);
      idleTimer.unref();
    }
  }

  return {
    print(html, options) {
      const result = queue.then(() => printNow(html, options));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      await queue;
      await closeBrowser();
    },
  };
}

/** The app's one printer. */
export const pdfPrinter = createPdfPrinter();
