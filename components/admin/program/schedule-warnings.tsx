// Non-blocking warnings about the schedule (db/queries/admin-program.ts
// listScheduleWarnings): two sessions in one hall at once, a person in two
// sessions at once, a session outside the edition's dates. Each names the
// sessions and links to their editors; nothing stops a save.
import type { ScheduleWarning } from "@/db/queries/admin-program";

type Names = { sessions: Map<string, { id: number; title: string }>; halls: Map<number, string>; people: Map<number, string> };

function SessionLink({ code, names }: { code: string; names: Names }) {
  const session = names.sessions.get(code);
  if (!session) return <>{code}</>;
  return (
    <a href={`/admin/program/sessions/${session.id}`}>
      {session.title} ({code})
    </a>
  );
}

function describe(warning: ScheduleWarning, names: Names) {
  switch (warning.kind) {
    case "hall-overlap":
      return (
        <>
          Two sessions in {names.halls.get(warning.hallId) ?? "one hall"} at once: <SessionLink code={warning.codes[0]} names={names} /> and{" "}
          <SessionLink code={warning.codes[1]} names={names} />.
        </>
      );
    case "person-overlap":
      return (
        <>
          {names.people.get(warning.personId) ?? "A person"} is in two sessions at once: <SessionLink code={warning.codes[0]} names={names} /> and{" "}
          <SessionLink code={warning.codes[1]} names={names} />.
        </>
      );
    case "outside-dates":
      return (
        <>
          <SessionLink code={warning.code} names={names} /> is on {warning.day}, outside the forum&apos;s dates.
        </>
      );
  }
}

export function ScheduleWarnings({ warnings, names, heading = "Check these" }: { warnings: ScheduleWarning[]; names: Names; heading?: string }) {
  if (warnings.length === 0) return null;
  return (
    <section className="schedule-warnings" aria-labelledby="schedule-warnings-heading">
      <h2 id="schedule-warnings-heading">
        {heading} ({warnings.length})
      </h2>
      <p className="field-hint">These do not stop a save: they are here in case they are mistakes.</p>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>{describe(warning, names)}</li>
        ))}
      </ul>
    </section>
  );
}

export type WarningNames = Names;
