// Times of the programme in the edition's zone. Everything is stored in UTC;
// pages show the edition's local time with its offset, never the visitor's
// (pretalx#924: converting a physical event's times to the browser's zone
// misleads travellers). The offset is computed from the zone database for each
// instant, never written down: Perm was UTC+6 in 2012 (Russia's permanent
// summer time of 2011-2014) and has been UTC+5 since October 2014.

type Parts = { year: string; month: string; day: string; hour: string; minute: string; second: string; offset: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// A programme page formats each session's start and end several times (headings, <time>
// elements, labels); formatToParts was a third of a 150-session page's render. The
// instants of one programme are few, so they are remembered, up to a bound.
const memo = new Map<string, Parts>();
const MEMO_LIMIT = 10_000;

function parts(instant: Date, timeZone: string): Parts {
  return partsByKey(`${instant.getTime()}|${timeZone}`, () => instant, timeZone);
}

/**
 * The parts of an ISO instant, remembered by its text: a page asks for the same
 * few instants hundreds of times, and each `new Date` during a render goes through
 * Next's Date wrapper (its dynamic-IO check), about 0.7 ms of a 150-session page.
 */
function partsOfIso(iso: string, timeZone: string): Parts {
  return partsByKey(`${iso}|${timeZone}`, () => new Date(iso), timeZone);
}

function partsByKey(key: string, instantOf: () => Date, timeZone: string): Parts {
  const known = memo.get(key);
  if (known) return known;
  const instant = instantOf();
  const out: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) out[p.type] = p.value;
  // "GMT+06:00", or "GMT" for UTC itself.
  const offset = out.timeZoneName === "GMT" ? "+00:00" : (out.timeZoneName ?? "GMT+00:00").slice(3);
  const result = { year: out.year!, month: out.month!, day: out.day!, hour: out.hour!, minute: out.minute!, second: out.second!, offset };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

/** Whether `timeZone` is a zone this runtime knows (an IANA name). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** "2012-04-19": the local date of an instant. */
export function localDate(iso: string, timeZone: string): string {
  const p = partsOfIso(iso, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "11:00": the local wall-clock time of an instant. */
export function localTime(iso: string, timeZone: string): string {
  const p = partsOfIso(iso, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "+06:00": the zone's offset from UTC at that instant. */
function utcOffset(iso: string, timeZone: string): string {
  return partsOfIso(iso, timeZone).offset;
}

/** ISO 8601 with seconds and the offset, "2012-04-19T15:30:00+04:00": JSON-LD dates, the news sitemap. */
export function isoWithSecondsAndOffset(instant: string | Date, timeZone: string): string {
  const p = typeof instant === "string" ? partsOfIso(instant, timeZone) : parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset}`;
}

/** For `<time datetime>`: local time with its offset, "2012-04-19T11:00+06:00". */
export function datetimeWithOffset(iso: string, timeZone: string): string {
  const p = partsOfIso(iso, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}${p.offset}`;
}

/** "UTC+6", "UTC+5:30", "UTC−3" (with a true minus sign), "UTC": the label beside the zone's name. */
export function offsetLabel(iso: string, timeZone: string): string {
  const offset = utcOffset(iso, timeZone);
  if (offset === "+00:00") return "UTC";
  const sign = offset.startsWith("-") ? "\u2212" : "+";
  const [h, m] = offset.slice(1).split(":");
  return `UTC${sign}${Number(h)}${m === "00" ? "" : `:${m}`}`;
}

/**
 * The UTC instant of a local date and time in `timeZone` ("2012-04-19", "11:00").
 * Two passes, so that a time near an offset change lands on the offset in force then.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(naive)) throw new RangeError(`not a local date and time: ${date} ${time}`);
  const offsetMs = (at: number) => {
    const [h, m] = utcOffset(new Date(at).toISOString(), timeZone).slice(1).split(":").map(Number);
    const sign = utcOffset(new Date(at).toISOString(), timeZone).startsWith("-") ? -1 : 1;
    return sign * (h! * 60 + m!) * 60_000;
  };
  let utc = naive - offsetMs(naive);
  utc = naive - offsetMs(utc);
  return new Date(utc);
}
