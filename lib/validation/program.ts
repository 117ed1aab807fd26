// Server-side parsing of a programme session as the admin editor sends it
// (issue 9): strings in, what db/queries/admin-program.ts takes out.
// Times are typed in the edition's local time and turned into UTC here; a
// session that ends before it starts, a role outside the list or a malformed
// id is refused with a message an editor can act on. Whether a hall, track,
// format or person exists is for the save itself to check (in its transaction).
import { z } from "zod";
import { isValidSlug } from "@/lib/slug";
import { SESSION_ROLES } from "@/lib/program/session-form-values";
import { zonedToUtc } from "@/lib/program/time";

// Messages are keys into messages/admin/<locale>/programSessions.json: the
// write path puts them into the editor's language (lib/i18n/admin-errors.ts).

const SESSION_STATUSES = ["scheduled", "rescheduled", "moved_online", "cancelled"] as const;

const id = z.coerce.number({ message: "programSessions.errors.chooseFromList" }).int().positive({ message: "programSessions.errors.chooseFromList" });
/** An empty choice ("none") is null. */
const optionalId = z.preprocess((v) => (v === "" || v === null || v === undefined ? null : v), id.nullable());
const title = z.string().trim().min(1, { message: "programSessions.errors.titleMissing" }).max(300, { message: "programSessions.errors.titleTooLong" });
const slug = z
  .string()
  .trim()
  .refine((v) => isValidSlug(v) && v.length > 0, { message: "programSessions.errors.slugInvalid" });
const summary = z.string().trim().max(600, { message: "programSessions.errors.summaryTooLong" });
const body = z.string().max(100_000, { message: "programSessions.errors.bodyTooLong" });
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "programSessions.errors.dateFormat" });
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "programSessions.errors.timeFormat" });

const sessionPersonInput = z.object({
  personId: id,
  role: z.enum(SESSION_ROLES, { message: "programSessions.errors.roleInvalid" }),
  positionEn: z.string().trim().max(300).default(""),
  positionRu: z.string().trim().max(300).default(""),
  organisationEn: z.string().trim().max(300).default(""),
  organisationRu: z.string().trim().max(300).default(""),
});

export const sessionInput = z
  .object({
    titleEn: title,
    titleRu: title,
    slugEn: slug,
    slugRu: slug,
    summaryEn: summary.default(""),
    summaryRu: summary.default(""),
    bodyEn: body.default(""),
    bodyRu: body.default(""),
    formatId: id,
    trackId: optionalId,
    hallId: optionalId,
    day: localDate,
    start: localTime,
    end: localTime,
    status: z.enum(SESSION_STATUSES, { message: "programSessions.errors.statusInvalid" }),
    people: z.array(sessionPersonInput).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    // Only once both times are well-formed (zod checks the object even when a field failed).
    const timesValid = localTime.safeParse(v.start).success && localTime.safeParse(v.end).success;
    if (timesValid && v.end <= v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "programSessions.errors.endBeforeStart" });
    const seen = new Set<number>();
    for (const [i, p] of v.people.entries()) {
      if (seen.has(p.personId)) ctx.addIssue({ code: "custom", path: ["people", i, "personId"], message: "programSessions.errors.personTwice" });
      seen.add(p.personId);
    }
  });

export type SessionInput = z.output<typeof sessionInput>;

/** The session's start and end in UTC, from local times in the edition's zone. */
export function sessionInstants(input: Pick<SessionInput, "day" | "start" | "end">, timeZone: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: zonedToUtc(input.day, input.start, timeZone), endsAt: zonedToUtc(input.day, input.end, timeZone) };
}
