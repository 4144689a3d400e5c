import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, todayInOslo } from "./format-time";

describe("dates and times in Norwegian time", () => {
  it("shows a winter moment (UTC+1) and a summer moment (UTC+2) as the clock in Oslo shows them", () => {
    expect(formatDateTime("2026-12-02T13:05:00Z", "nb")).toBe("2. des. 2026 kl. 14:05");
    expect(formatDateTime("2026-12-02T13:05:00Z", "en")).toBe("2 Dec 2026, 14:05");
    expect(formatDateTime("2026-07-02T12:05:00Z", "nb")).toBe("2. jul. 2026 kl. 14:05");
    expect(formatDateTime("2026-07-02T12:05:00Z", "en")).toBe("2 Jul 2026, 14:05");
  });

  it("gives the same text for the same moment however it is written, whatever the process's own zone", () => {
    const moment = new Date("2026-03-29T00:59:00Z"); // one minute before summer time starts
    expect(formatDateTime(moment, "nb")).toBe("29. mar. 2026 kl. 01:59");
    expect(formatDateTime("2026-03-29T02:59:00+01:00", "nb")).toBe("29. mar. 2026 kl. 03:59");
    expect(formatDateTime("2026-03-29T01:00:00Z", "nb")).toBe("29. mar. 2026 kl. 03:00");
  });

  it("shows midnight as 00, not 24", () => {
    expect(formatDateTime("2026-01-14T23:00:00Z", "en")).toBe("15 Jan 2026, 00:00");
  });

  it("shows a calendar date as it is, and a moment's day in Oslo", () => {
    expect(formatDate("2026-12-02", "nb")).toBe("2. des. 2026");
    expect(formatDate("2026-05-17", "en")).toBe("17 May 2026");
    expect(formatDate("2026-12-31T23:30:00Z", "nb")).toBe("1. jan. 2027");
    expect(formatDate(new Date("2026-06-30T22:30:00Z"), "en")).toBe("1 Jul 2026");
  });

  it("takes today's date from the Oslo clock, not UTC's", () => {
    expect(todayInOslo(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02");
    expect(todayInOslo(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
    expect(todayInOslo(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
  });

  it("shows a dash for a time stamp that cannot be read, rather than 'Invalid Date'", () => {
    expect(formatDateTime("", "nb")).toBe("–");
    expect(formatDateTime("not a date", "en")).toBe("–");
  });
});

describe("one formatter for dates and times", () => {
  it("is the only place in app/ that formats a date (no browser-zone or UTC formatting elsewhere)", () => {
    const appFolder = join(__dirname, "..");
    const here = join(__dirname, "format-time.ts");
    const offenders: string[] = [];
    const visit = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && path !== here) {
          const text = readFileSync(path, "utf8");
          const match = /toLocaleDateString|toLocaleTimeString|Intl\.DateTimeFormat|toISOString\(\)\.slice|dateStyle|timeStyle/.exec(text);
          if (match) offenders.push(`${relative(appFolder, path)}: ${match[0]}`);
        }
      }
    };
    visit(appFolder);
    expect(offenders).toEqual([]);
  });
});
