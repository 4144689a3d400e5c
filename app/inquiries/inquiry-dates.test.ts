/** Inquiry due dates are calendar days in Oslo: summer time starting or ending in between moves nothing. */
import { describe, expect, it } from "vitest";
import { inquiryDueDate, inquiryState } from "./inquiry-dates";

describe("an inquiry's due date", () => {
  it("is the same weekday two weeks later across the change to summer time (28 March 2027)", () => {
    expect(inquiryDueDate("2027-03-20", 14)).toBe("2027-04-03");
    expect(inquiryDueDate("2027-03-27", 1)).toBe("2027-03-28");
    expect(inquiryDueDate("2027-03-28", 14)).toBe("2027-04-11");
  });

  it("is the same weekday two weeks later across the change back to winter time (25 October 2026)", () => {
    expect(inquiryDueDate("2026-10-20", 14)).toBe("2026-11-03");
    expect(inquiryDueDate("2026-10-24", 1)).toBe("2026-10-25");
  });

  it("follows the project's own number of days, over a month and a year end", () => {
    expect(inquiryDueDate("2026-12-28", 10)).toBe("2027-01-07");
    expect(inquiryDueDate("2028-02-20", 10)).toBe("2028-03-01");
  });
});

describe("where an inquiry stands", () => {
  const unanswered = { dueDate: "2027-04-03", answeredDate: null };
  it("is not overdue on its due date, and overdue the day after", () => {
    expect(inquiryState(unanswered, "2027-04-03")).toBe("dueSoon");
    expect(inquiryState(unanswered, "2027-04-04")).toBe("overdue");
  });
  it("is due soon within three days, open before", () => {
    expect(inquiryState(unanswered, "2027-03-31")).toBe("dueSoon");
    expect(inquiryState(unanswered, "2027-03-30")).toBe("open");
  });
  it("is answered once it has an answer, late or not", () => {
    expect(inquiryState({ dueDate: "2027-04-03", answeredDate: "2027-04-20" }, "2027-05-01")).toBe("answered");
  });
});
