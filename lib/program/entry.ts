// What the segment after /<locale>/program/ names, from its shape alone: a day
// (2012-04-19), a session (CODE or CODE-slug) or a session's calendar
// (CODE.ics). proxy.ts uses the same shapes to answer the 404 page for
// anything else before a route runs (lib/route-shape.ts).
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SESSION = /^([A-Z2-9]{6})(?:-([a-z0-9]+(?:-[a-z0-9]+)*))?$/;
const SESSION_ICS = /^([A-Z2-9]{6})\.ics$/;

export type ProgramEntry =
  | { kind: "day"; day: string }
  | { kind: "session"; code: string; slug: string | null }
  | { kind: "session-ics"; code: string };

export function parseProgramEntry(segment: string): ProgramEntry | null {
  const day = DAY.exec(segment);
  if (day) return isRealDate(segment) ? { kind: "day", day: segment } : null;
  const ics = SESSION_ICS.exec(segment);
  if (ics) return { kind: "session-ics", code: ics[1]! };
  const session = SESSION.exec(segment);
  if (session && segment.length <= 220) return { kind: "session", code: session[1]!, slug: session[2] ?? null };
  return null;
}

function isRealDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A speaker's segment: their slug, or their calendar (slug.ics). */
export function parseSpeakerEntry(segment: string): { kind: "speaker" | "speaker-ics"; slug: string } | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(\.ics)?$/.exec(segment);
  if (!match || segment.length > 204) return null;
  return { kind: match[2] ? "speaker-ics" : "speaker", slug: match[1]! };
}
