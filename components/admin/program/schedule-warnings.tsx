// Non-blocking warnings about the schedule (db/queries/admin-program.ts
// listScheduleWarnings): two sessions in one hall at once, a person in two
// sessions at once, a session outside the edition's dates. Each names the
// sessions and links to their editors; nothing stops a save. A server
// component: its words come from messages/admin/<locale>/programSessions.json.
import type { ScheduleWarning } from "@/db/queries/admin-program";
import { adminText } from "@/lib/i18n/admin-text";
import { formatDate } from "@/lib/program/format";

type Names = { sessions: Map<string, { id: number; title: string }>; halls: Map<number, string>; people: Map<number, string> };
type Text = Awaited<ReturnType<typeof adminText<"programSessions">>>;

function SessionLink({ code, names }: { code: string; names: Names }) {
  const session = names.sessions.get(code);
  if (!session) return <>{code}</>;
  return (
    <a href={`/admin/program/sessions/${session.id}`}>
      {session.title} ({code})
    </a>
  );
}

function describe(warning: ScheduleWarning, names: Names, { locale, t }: Text) {
  switch (warning.kind) {
    case "hall-overlap": {
      const links = { first: () => <SessionLink code={warning.codes[0]} names={names} />, second: () => <SessionLink code={warning.codes[1]} names={names} /> };
      const hall = names.halls.get(warning.hallId);
      return hall === undefined ? t.rich("warnings.hallOverlapUnnamed", links) : t.rich("warnings.hallOverlap", { ...links, hall });
    }
    case "person-overlap":
      return t.rich("warnings.personOverlap", {
        person: names.people.get(warning.personId) ?? t("warnings.aPerson"),
        first: () => <SessionLink code={warning.codes[0]} names={names} />,
        second: () => <SessionLink code={warning.codes[1]} names={names} />,
      });
    case "outside-dates":
      return t.rich("warnings.outsideDates", { session: () => <SessionLink code={warning.code} names={names} />, day: formatDate(warning.day, locale) });
  }
}

/** `heading`: a key of programSessions ("warnings.heading" on the overview, "checkThisSession" in the editor). */
export async function ScheduleWarnings({ warnings, names, heading = "warnings.heading" }: { warnings: ScheduleWarning[]; names: Names; heading?: "warnings.heading" | "checkThisSession" }) {
  if (warnings.length === 0) return null;
  const text = await adminText("programSessions");
  return (
    <section className="schedule-warnings" aria-labelledby="schedule-warnings-heading">
      <h2 id="schedule-warnings-heading">
        {text.t(heading)} ({warnings.length})
      </h2>
      <p className="field-hint">{text.t("warnings.hint")}</p>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>{describe(warning, names, text)}</li>
        ))}
      </ul>
    </section>
  );
}

export type WarningNames = Names;
