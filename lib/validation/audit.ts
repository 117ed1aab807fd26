// Filters of the audit log page, from the query string. Dates are calendar days
// in the site's time zone (what editors see), turned into UTC instants here.
import { z } from "zod";
import { wallTimeToUtc } from "@/lib/news/moscow-time";
import { siteConfig } from "@/lib/site-config";

export const AUDIT_PAGE_SIZE = 50;

const word = (label: string) =>
  z
    .string()
    .trim()
    .max(64, `${label}: use at most 64 characters.`)
    .regex(/^[a-z][a-z0-9_.:-]*$/i, `${label}: choose one from the list.`);

const day = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: use a date like 2026-04-21.`)
    .refine(isCalendarDay, `${label}: there is no such day.`);

const auditFilterSchema = z
  .object({
    entity: word("Record type").optional(),
    action: word("Action").optional(),
    actor: z.string().trim().max(254, "Who: use at most 254 characters.").optional(),
    from: day("From").optional(),
    to: day("To").optional(),
    page: z.coerce
      .number({ error: "Page: use a whole number from 1." })
      .int("Page: use a whole number from 1.")
      .min(1, "Page: use a whole number from 1.")
      .max(100_000, "Page: that page does not exist.")
      .default(1),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The “From” date must not be after the “To” date.", path: ["to"] });

type AuditFilterInput = z.infer<typeof auditFilterSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

/** The filter fields as typed (first value of each, blanks left out), for refilling the form. */
export function auditFilterValues(params: SearchParams): Partial<Record<"entity" | "action" | "actor" | "from" | "to" | "page", string>> {
  const out: Record<string, string> = {};
  for (const key of ["entity", "action", "actor", "from", "to", "page"] as const) {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 300);
    if (value !== undefined && value.trim() !== "") out[key] = value;
  }
  return out;
}

export type ParsedAuditFilter =
  | { ok: true; filter: AuditFilterInput; range: { from?: Date; before?: Date } }
  | { ok: false; messages: string[] };

export function parseAuditFilter(params: SearchParams): ParsedAuditFilter {
  const parsed = auditFilterSchema.safeParse(auditFilterValues(params));
  if (!parsed.success) return { ok: false, messages: parsed.error.issues.map((i) => i.message) };
  const { from, to } = parsed.data;
  return {
    ok: true,
    filter: parsed.data,
    range: {
      from: from ? startOfZonedDay(from) : undefined,
      before: to ? startOfZonedDay(nextDay(to)) : undefined,
    },
  };
}

function isCalendarDay(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1970 && y <= 9999 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function nextDay(value: string): string {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The instant a calendar day (YYYY-MM-DD) begins in the time zone. */
export function startOfZonedDay(value: string, timeZone: string = siteConfig.timeZone): Date {
  // isCalendarDay has checked the value, so the wall time always parses.
  return wallTimeToUtc(`${value}T00:00`, timeZone)!;
}
