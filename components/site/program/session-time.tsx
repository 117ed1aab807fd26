// A session's time range in the edition's zone, as <time> elements whose
// datetime carries the offset ("2012-04-19T11:00+06:00"): exact for machines,
// local wall-clock time for people.
import { datetimeWithOffset, localTime } from "@/lib/program/time";

export function SessionTime({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  return (
    <>
      <time dateTime={datetimeWithOffset(startsAt, timeZone)}>{localTime(startsAt, timeZone)}</time>
      {"\u2013"}
      <time dateTime={datetimeWithOffset(endsAt, timeZone)}>{localTime(endsAt, timeZone)}</time>
    </>
  );
}
