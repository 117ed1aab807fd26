// Pure, and in db/ because the session save (db/queries/admin-program.ts) applies it inside its transaction.
// RFC 5545 SEQUENCE for a session's calendar entry. RFC 5546 requires it to
// grow when the start, end or status changes, and advises it for a changed
// location; subscribers' calendars apply an update only when its SEQUENCE is
// higher than what they hold. A change of title or description alone keeps it
// (LAST-MODIFIED says that something changed). The admin's session save
// computes the new value with this, inside its optimistic-lock update.
export type SequencedFields = { startsAt: string; endsAt: string; hallId: number | null; status: string };

export function nextIcsSequence(current: number, before: SequencedFields, after: SequencedFields): number {
  const same =
    Date.parse(before.startsAt) === Date.parse(after.startsAt) &&
    Date.parse(before.endsAt) === Date.parse(after.endsAt) &&
    before.hallId === after.hallId &&
    before.status === after.status;
  return same ? current : current + 1;
}
