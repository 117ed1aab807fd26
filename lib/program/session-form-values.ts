// The session editor's form values: what the form shows and sends back,
// all strings (client and server share this module, so it stays free of
// server-only code). Text fields are read with a length cap; people rows are
// named people.<i>.<field>, and a row without a person is an unused blank row.
import { readTextFields } from "@/lib/admin/forms";
import type { AdminSession } from "@/db/queries/admin-program-read";
import { localDate, localTime } from "./time";

export const SESSION_BODY_LIMIT = 100_000;
/** Most people rows the form sends (the editor shows the session's people plus blank rows). */
export const MAX_PEOPLE_ROWS = 50;

const SESSION_TEXT_FIELDS = {
  id: 20,
  version: 20,
  titleEn: 400,
  titleRu: 400,
  slugEn: 250,
  slugRu: 250,
  summaryEn: 800,
  summaryRu: 800,
  // One more than the limit, so a too-long body is refused with a message rather than cut.
  bodyEn: SESSION_BODY_LIMIT + 1,
  bodyRu: SESSION_BODY_LIMIT + 1,
  formatId: 20,
  trackId: 20,
  hallId: 20,
  day: 20,
  start: 10,
  end: 10,
  status: 20,
} as const;

export type PersonRowValues = {
  personId: string;
  role: string;
  positionEn: string;
  positionRu: string;
  organisationEn: string;
  organisationRu: string;
};

export type SessionFormValues = Record<keyof typeof SESSION_TEXT_FIELDS, string> & { people: PersonRowValues[] };

const PERSON_ROW_FIELDS = { personId: 20, role: 20, positionEn: 300, positionRu: 300, organisationEn: 300, organisationRu: 300 } as const;

export function readSessionForm(formData: FormData): SessionFormValues {
  const fields = readTextFields(formData, SESSION_TEXT_FIELDS);
  const people: PersonRowValues[] = [];
  for (let i = 0; i < MAX_PEOPLE_ROWS; i++) {
    const prefixed = Object.fromEntries(Object.entries(PERSON_ROW_FIELDS).map(([name, max]) => [`people.${i}.${name}`, max]));
    const row = readTextFields(formData, prefixed);
    const value = (name: keyof PersonRowValues) => row[`people.${i}.${name}`] ?? "";
    if (value("personId") === "") continue;
    people.push({
      personId: value("personId"),
      role: value("role"),
      positionEn: value("positionEn"),
      positionRu: value("positionRu"),
      organisationEn: value("organisationEn"),
      organisationRu: value("organisationRu"),
    });
  }
  return { ...fields, people };
}

/** The roles a person can have in a session, in the order the editor offers them (their words: programSessions.people.roles). */
export const SESSION_ROLES = ["moderator", "co_moderator", "keynote", "speaker"] as const;

export const emptySessionValues: SessionFormValues = {
  id: "",
  version: "",
  titleEn: "",
  titleRu: "",
  slugEn: "",
  slugRu: "",
  summaryEn: "",
  summaryRu: "",
  bodyEn: "",
  bodyRu: "",
  formatId: "",
  trackId: "",
  hallId: "",
  day: "",
  start: "",
  end: "",
  status: "scheduled",
  people: [],
};

/** A saved session as the editor shows it: times in the edition's zone. */
export function sessionFormValues(session: AdminSession, timeZone: string): SessionFormValues {
  const startsAt = session.startsAt.toISOString();
  return {
    id: String(session.id),
    version: String(session.version),
    titleEn: session.titleEn,
    titleRu: session.titleRu,
    slugEn: session.slugEn,
    slugRu: session.slugRu,
    summaryEn: session.summaryEn,
    summaryRu: session.summaryRu,
    bodyEn: session.bodyEn,
    bodyRu: session.bodyRu,
    formatId: String(session.formatId),
    trackId: session.trackId === null ? "" : String(session.trackId),
    hallId: session.hallId === null ? "" : String(session.hallId),
    day: localDate(startsAt, timeZone),
    start: localTime(startsAt, timeZone),
    end: localTime(session.endsAt.toISOString(), timeZone),
    status: session.status,
    people: session.people.map((p) => ({
      personId: String(p.personId),
      role: p.role,
      positionEn: p.positionEn,
      positionRu: p.positionRu,
      organisationEn: p.organisationEn,
      organisationRu: p.organisationRu,
    })),
  };
}
