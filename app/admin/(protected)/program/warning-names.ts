// The names the schedule warnings print: sessions by code, halls and people by id.
import type { WarningNames } from "@/components/admin/program/schedule-warnings";
import type { AdminSessionRow, SessionChoices } from "@/db/queries/admin-program-read";

export function warningNames(sessions: AdminSessionRow[], choices: SessionChoices): WarningNames {
  return {
    sessions: new Map(sessions.map((s) => [s.code, { id: s.id, title: s.titleEn }])),
    halls: new Map(choices.halls.map((h) => [h.id, h.nameEn])),
    people: new Map(choices.people.map((p) => [p.id, p.nameEn])),
  };
}
