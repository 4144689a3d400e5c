/**
 * The checks on a point as a form sends it (all fields strings): one zod schema,
 * used by the route. Kept apart from manual-points.ts so the browser does not
 * load zod for the panel.
 */
import { z } from "zod";
import { userText } from "../ui/text-input";
import { maxHomes, maxPointNameLength, pointCategories, type PointField, type PointFieldProblem } from "./manual-points";

/** Decimal degrees as typed: a comma is read as the decimal sign. */
const degrees = (limit: number) =>
  z
    .string({ required_error: "required" })
    .trim()
    .min(1, "required")
    .transform((text) => Number(text.replace(",", ".")))
    .pipe(z.number({ invalid_type_error: "notANumber" }).refine(Number.isFinite, "notANumber").refine((value) => Math.abs(value) <= limit, "outOfRange"));

/** The fields of a point (as a form sends them), checked and converted. */
export const pointFields = z
  .object({
    category: z.enum(pointCategories, { required_error: "required", invalid_type_error: "unknown", message: "unknown" }),
    name: userText(z.string().trim().min(1, "required").max(maxPointNameLength, "tooLong"), { message: "textCharacters", missingMessage: "required" }),
    lat: degrees(90),
    lon: degrees(180),
    homes: z.string().trim().optional(),
  })
  .superRefine((value, context) => {
    if (value.category !== "supportedHousing") return;
    if (!value.homes) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ["homes"], message: "required" });
      return;
    }
    const homes = Number(value.homes);
    if (!Number.isInteger(homes)) context.addIssue({ code: z.ZodIssueCode.custom, path: ["homes"], message: "notANumber" });
    else if (homes < 1 || homes > maxHomes) context.addIssue({ code: z.ZodIssueCode.custom, path: ["homes"], message: "outOfRange" });
  })
  .transform(({ homes, ...rest }) => ({
    ...rest,
    lat: Math.round(rest.lat * 1e7) / 1e7,
    lon: Math.round(rest.lon * 1e7) / 1e7,
    homes: rest.category === "supportedHousing" ? Number(homes) : null,
  }));
export type PointFields = z.infer<typeof pointFields>;

/** Which point an update or a deletion is about. */
export const pointIdField = z.object({
  pointId: userText(z.string().trim().min(1, "required").max(64, "unknown"), { message: "unknown", missingMessage: "required" }),
});

/**
 * The problem of each refused field, from a failed parse.
 *
 * @example
 * fieldProblems(pointFields.safeParse({ name: "" }).error); // { category: "required", name: "required", lat: "required", lon: "required" }
 */
export function fieldProblems(error: z.ZodError): Partial<Record<PointField, PointFieldProblem>> {
  const problems: Partial<Record<PointField, PointFieldProblem>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as PointField;
    const known: PointFieldProblem[] = ["required", "tooLong", "notANumber", "outOfRange", "textCharacters", "unknown"];
    if (problems[field] === undefined) problems[field] = known.includes(issue.message as PointFieldProblem) ? (issue.message as PointFieldProblem) : "unknown";
  }
  return problems;
}
