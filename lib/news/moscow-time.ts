// Editors enter and read publish times as wall-clock time in the forum's time
// zone (Europe/Moscow); the database stores UTC. Uses the platform's time-zone
// data through Intl, so historic offsets are right too (Moscow was UTC+4 in
// 2011–2014 and had summer time before that).
import { siteConfig } from "@/lib/site-config";

export const editorTimeZone = siteConfig.timeZone;

/** The value shape of <input type="datetime-local">: minutes, optionally seconds. */
const wallPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

function wallOf(date: Date, timeZone: string): Wall {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const asUtcMs = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Offset of `timeZone` from UTC at the instant `ms`, in milliseconds (Moscow today: +3 h). */
function offsetAt(ms: number, timeZone: string): number {
  return asUtcMs(wallOf(new Date(ms), timeZone)) - Math.floor(ms / 1000) * 1000;
}

export function parseWallTime(value: string): Wall | null {
  const m = wallPattern.exec(value);
  if (!m) return null;
  const wall: Wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  // Round-trip through Date.UTC to refuse 2024-02-30 or 25:00.
  const check = new Date(asUtcMs(wall));
  if (
    check.getUTCFullYear() !== wall.year ||
    check.getUTCMonth() + 1 !== wall.month ||
    check.getUTCDate() !== wall.day ||
    check.getUTCHours() !== wall.hour ||
    check.getUTCMinutes() !== wall.minute ||
    check.getUTCSeconds() !== wall.second
  ) {
    return null;
  }
  return wall;
}

/**
 * The UTC instant of a wall-clock time in `timeZone`, or null if `value` is not
 * a datetime-local value. A time skipped by a clock change (spring forward) maps
 * to the instant after the gap; a repeated one (fall back) to its first occurrence.
 */
export function wallTimeToUtc(value: string, timeZone: string = editorTimeZone): Date | null {
  const wall = parseWallTime(value);
  if (!wall) return null;
  const naive = asUtcMs(wall);
  // Offsets on both sides of any transition near this time; try the earlier one first.
  const candidates = [...new Set([offsetAt(naive - 86_400_000, timeZone), offsetAt(naive + 86_400_000, timeZone)])].sort((a, b) => b - a);
  for (const offset of candidates) {
    const ms = naive - offset;
    if (asUtcMs(wallOf(new Date(ms), timeZone)) === naive) return new Date(ms);
  }
  // In a gap: keep the wall time's distance from the gap's start, using the offset before it.
  return new Date(naive - Math.min(...candidates));
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The datetime-local value showing `date` in `timeZone`; seconds only when they are not zero. */
export function utcToWallTime(date: Date, timeZone: string = editorTimeZone): string {
  const w = wallOf(date, timeZone);
  const base = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
  return w.second === 0 ? base : `${base}:${pad(w.second)}`;
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "21 Apr 2012, 12:00" in `timeZone`, for tables and messages (the page says which zone). */
export function formatWallTime(date: Date, timeZone: string = editorTimeZone): string {
  let f = displayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    displayFormatters.set(timeZone, f);
  }
  return f.format(date);
}
