// Filters of the audit log page, from the query string. Dates are calendar days
// in the site's time zone (what editors see), turned into UTC instants here.
import { z } from "zod";
import { wallTimeToUtc } from "@/lib/news/moscow-time";
import { siteConfig } from "@/lib/site-config";

export const AUDIT_PAGE_SIZE = 50;

// Messages are keys into messages/admin/<locale>/audit.json (filterErrors), which
// the page words in the reader's language (translateMessage).
const word = (field: "entity" | "action") =>
  z
    .string()
    .trim()
    .max(64, `audit.filterErrors.${field}.tooLong`)
    .regex(/^[a-z][a-z0-9_.:-]*$/i, `audit.filterErrors.${field}.notInList`);

const day = (field: "from" | "to") =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `audit.filterErrors.${field}.format`)
    .refine(isCalendarDay, `audit.filterErrors.${field}.noSuchDay`);

const PAGE_NUMBER = "audit.filterErrors.page.number";

const auditFilterSchema = z
  .object({
    entity: word("entity").optional(),
    action: word("action").optional(),
    actor: z.string().trim().max(254, "audit.filterErrors.actorTooLong").optional(),
    from: day("from").optional(),
    to: day("to").optional(),
    page: z.coerce
      .number({ error: PAGE_NUMBER })
      .int(PAGE_NUMBER)
      .min(1, PAGE_NUMBER)
      .max(100_000, "audit.filterErrors.page.tooHigh")
      .default(1),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "audit.filterErrors.range", path: ["to"] });

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
