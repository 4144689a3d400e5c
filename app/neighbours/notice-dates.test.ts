/**
 * The notice's calendar across the changes to and from summer time in Europe/Oslo (29 March and
 * 25 October 2026), over a leap day, and "days left" taken from calendar dates, not milliseconds.
 */
import { describe, expect, it } from "vitest";
import { todayInOslo } from "../ui/format-time";
import { commentCountdown, commentDeadline, daysBetween, noticeValidity, validUntil } from "./notice-dates";

describe("the 14 days to comment", () => {
  it("ends on the same weekday two weeks later, across the change to summer time", () => {
    expect(commentDeadline("2026-03-20")).toBe("2026-04-03");
  });

  it("ends on the same weekday two weeks later, across the change from summer time", () => {
    expect(commentDeadline("2026-10-20")).toBe("2026-11-03");
  });

  it("counts across a leap day and a year's end", () => {
    expect(commentDeadline("2028-02-20")).toBe("2028-03-05");
    expect(commentDeadline("2026-12-25")).toBe("2027-01-08");
  });

  it("counts days left from calendar days in Oslo, also in the hour after midnight", () => {
    // 00:30 in Oslo on 27 March is still 26 March in UTC: the Oslo date counts.
    const today = todayInOslo(new Date("2026-03-26T23:30:00Z"));
    expect(today).toBe("2026-03-27");
    expect(commentCountdown("2026-03-20", today)).toEqual({ state: "open", deadline: "2026-04-03", daysLeft: 7 });
  });

  it("has 0 days left on the deadline itself, and has passed the day after", () => {
    expect(commentCountdown("2026-10-20", "2026-11-03")).toEqual({ state: "open", deadline: "2026-11-03", daysLeft: 0 });
    expect(commentCountdown("2026-10-20", "2026-11-04")).toEqual({ state: "passed", deadline: "2026-11-03", daysSince: 1 });
  });

  it("has whole days between dates on both sides of a change of clock", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetween("2026-11-03", "2026-10-20")).toBe(-14);
  });
});

describe("the notice's one-year validity", () => {
  it("ends one year after the date it was sent", () => {
    expect(validUntil("2026-10-20")).toBe("2027-10-20");
    expect(validUntil("2026-03-20")).toBe("2027-03-20");
  });

  it("ends on 28 February for a notice sent on a leap day", () => {
    expect(validUntil("2028-02-29")).toBe("2029-02-28");
    expect(validUntil("2027-02-28")).toBe("2028-02-28");
  });

  it("warns from 30 days before it ends, and says when it has expired", () => {
    const notice = { sentDate: "2026-10-20", applicationSentDate: null };
    expect(noticeValidity(notice, "2027-09-19")).toEqual({ state: "valid", validUntil: "2027-10-20", daysLeft: 31 });
    expect(noticeValidity(notice, "2027-09-20")).toEqual({ state: "endingSoon", validUntil: "2027-10-20", daysLeft: 30 });
    expect(noticeValidity(notice, "2027-10-20")).toEqual({ state: "endingSoon", validUntil: "2027-10-20", daysLeft: 0 });
    expect(noticeValidity(notice, "2027-10-21")).toEqual({ state: "expired", validUntil: "2027-10-20" });
  });

  it("does not warn once the application was sent", () => {
    expect(noticeValidity({ sentDate: "2026-10-20", applicationSentDate: "2026-11-10" }, "2027-10-10")).toEqual({
      state: "used",
      validUntil: "2027-10-20",
      applicationSentDate: "2026-11-10",
    });
  });
});
