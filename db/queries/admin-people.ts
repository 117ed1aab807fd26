// People of the programme as staff edit them (/admin/program/people): the
// list with search, one person with their photo and sessions, and the writes.
// A save names the version it edited and is refused when someone saved in
// between; the slug is one for both locales and unique; a person on any
// session cannot be deleted (session_people restricts it too), and the
// refusal names the sessions. Writes take adminWrite's transaction.
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { likePattern } from "../like-pattern";
import { mediaPath } from "../media-path";
import { editions, media, partners, people, programSessions, sessionPeople, type Person } from "../schema";
import { isUniqueViolation } from "../unique-violation";

export type AdminPersonListItem = {
  id: number;
  slug: string;
  nameEn: string;
  nameRu: string;
  organisationEn: string;
  organisationRu: string;
  hasConsent: boolean;
  hasPhoto: boolean;
  sessionCount: number;
};

export const PEOPLE_LIST_LIMIT = 500;

/** People by last name (English), those matching `q` in any name or organisation only; at most PEOPLE_LIST_LIMIT. */
export async function listAdminPeople(db: Database, q = ""): Promise<AdminPersonListItem[]> {
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const matches = words.map((word) => {
    const pattern = likePattern(word);
    return or(
      ...[people.lastNameEn, people.firstNameEn, people.lastNameRu, people.firstNameRu, people.middleNameRu, people.organisationEn, people.organisationRu, people.slug].map((c) =>
        ilike(c, pattern),
      ),
    );
  });
  const rows = await db
    .select({
      id: people.id,
      slug: people.slug,
      lastNameEn: people.lastNameEn,
      firstNameEn: people.firstNameEn,
      lastNameRu: people.lastNameRu,
      firstNameRu: people.firstNameRu,
      middleNameRu: people.middleNameRu,
      organisationEn: people.organisationEn,
      organisationRu: people.organisationRu,
      consentAt: people.consentAt,
      photoMediaId: people.photoMediaId,
      // Spelled out: inside a subquery drizzle names columns without their table.
      sessionCount: sql<number>`(select count(*)::int from session_people sp where sp.person_id = people.id)`.mapWith(Number),
    })
    .from(people)
    .where(and(...matches))
    .orderBy(asc(people.lastNameEn), asc(people.firstNameEn), asc(people.id))
    .limit(PEOPLE_LIST_LIMIT);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    nameEn: `${r.firstNameEn} ${r.lastNameEn}`,
    nameRu: [r.lastNameRu, r.firstNameRu, r.middleNameRu].filter(Boolean).join(" "),
    organisationEn: r.organisationEn,
    organisationRu: r.organisationRu,
    hasConsent: r.consentAt !== null,
    hasPhoto: r.photoMediaId !== null,
    sessionCount: r.sessionCount,
  }));
}

type PersonPhoto = { mediaId: number; url: string; width: number; height: number };
type PersonSession = { id: number; code: string; titleEn: string; role: string; editionSlug: string };
export type AdminPerson = Person & { photo: PersonPhoto | null; sessions: PersonSession[] };

export async function getAdminPerson(db: Database, id: number): Promise<AdminPerson | null> {
  const [row] = await db
    .select({ person: people, photoSha: media.sha256, photoMime: media.mime, photoWidth: media.width, photoHeight: media.height })
    .from(people)
    .leftJoin(media, eq(media.id, people.photoMediaId))
    .where(eq(people.id, id))
    .limit(1);
  if (!row) return null;
  const { person, photoSha, photoMime, photoWidth, photoHeight } = row;
  return {
    ...person,
    photo:
      person.photoMediaId && photoSha && photoMime && photoWidth && photoHeight
        ? { mediaId: person.photoMediaId, url: mediaPath(photoSha, photoMime), width: photoWidth, height: photoHeight }
        : null,
    sessions: await sessionsOfPerson(db, id),
  };
}

async function sessionsOfPerson(db: Database, personId: number): Promise<PersonSession[]> {
  return db
    .select({ id: programSessions.id, code: programSessions.code, titleEn: programSessions.titleEn, role: sessionPeople.role, editionSlug: editions.slug })
    .from(sessionPeople)
    .innerJoin(programSessions, eq(programSessions.id, sessionPeople.sessionId))
    .innerJoin(editions, eq(editions.id, programSessions.editionId))
    .where(eq(sessionPeople.personId, personId))
    .orderBy(asc(programSessions.startsAt), asc(programSessions.id));
}

export async function listPartnerOptions(db: Database): Promise<{ id: number; nameEn: string }[]> {
  return db.select({ id: partners.id, nameEn: partners.nameEn }).from(partners).orderBy(asc(partners.nameEn), asc(partners.id));
}

// ---- writes ----------------------------------------------------------------------

/**
 * What a person write takes: the columns the person form edits (not the photo,
 * which has its own upload). lib/validation/people.ts's schemas produce it, and
 * are checked against it there.
 */
export type PersonFields = Pick<
  Person,
  | "lastNameRu"
  | "firstNameRu"
  | "middleNameRu"
  | "lastNameEn"
  | "firstNameEn"
  | "slug"
  | "positionEn"
  | "positionRu"
  | "organisationEn"
  | "organisationRu"
  | "partnerId"
  | "bioEn"
  | "bioRu"
  | "consentAt"
>;

export type PersonWrite =
  | { ok: true; person: Person; previous?: Person }
  | { ok: false; reason: "slug-taken"; otherName: string }
  | { ok: false; reason: "partner-missing" }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "conflict" };

async function checkFields(tx: Database, fields: PersonFields, exceptId: number | null): Promise<PersonWrite | null> {
  const [other] = await tx
    .select({ firstNameEn: people.firstNameEn, lastNameEn: people.lastNameEn })
    .from(people)
    .where(and(eq(people.slug, fields.slug), sql`${people.id} <> ${exceptId ?? 0}`))
    .limit(1);
  if (other) return { ok: false, reason: "slug-taken", otherName: `${other.firstNameEn} ${other.lastNameEn}` };
  if (fields.partnerId !== null) {
    // Locked, so it cannot be deleted before this save commits.
    const [partner] = await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, fields.partnerId)).for("share");
    if (!partner) return { ok: false, reason: "partner-missing" };
  }
  return null;
}

/** Two saves of one slug at once: the check above saw neither. */
function isSlugClash(error: unknown): boolean {
  return isUniqueViolation(error, "people_slug_key");
}

export async function createPerson(tx: Database, fields: PersonFields): Promise<PersonWrite> {
  const refused = await checkFields(tx, fields, null);
  if (refused) return refused;
  try {
    const [person] = await tx.insert(people).values(fields).returning();
    return { ok: true, person: person! };
  } catch (error) {
    if (isSlugClash(error)) return { ok: false, reason: "slug-taken", otherName: "another person" };
    throw error;
  }
}

/** Saves the fields if the person is still at `version` (optimistic locking). The photo is not part of it. */
export async function updatePerson(tx: Database, id: number, version: number, fields: PersonFields): Promise<PersonWrite> {
  const [current] = await tx.select().from(people).where(eq(people.id, id)).for("update");
  if (!current) return { ok: false, reason: "not-found" };
  if (current.version !== version) return { ok: false, reason: "conflict" };
  const refused = await checkFields(tx, fields, id);
  if (refused) return refused;
  // The form shows the consent as a day: the same day typed back keeps the recorded instant.
  const consentAt = sameUtcDay(current.consentAt, fields.consentAt) ? current.consentAt : fields.consentAt;
  try {
    const [person] = await tx
      .update(people)
      .set({ ...fields, consentAt, version: sql`${people.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(people.id, id), eq(people.version, version)))
      .returning();
    return { ok: true, person: person!, previous: current };
  } catch (error) {
    if (isSlugClash(error)) return { ok: false, reason: "slug-taken", otherName: "another person" };
    throw error;
  }
}

export function sameUtcDay(a: Date | null, b: Date | null): boolean {
  return a === null || b === null ? a === b : a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);
}

/** Sets or clears the photo. Not a versioned edit: the text form open beside it stays saveable. */
export async function setPersonPhoto(tx: Database, id: number, photoMediaId: number | null): Promise<Person | null> {
  const [person] = await tx.update(people).set({ photoMediaId, updatedAt: sql`now()` }).where(eq(people.id, id)).returning();
  return person ?? null;
}

export type PersonDelete = { ok: true; person: Person } | { ok: false; reason: "not-found" } | { ok: false; reason: "on-sessions"; name: string; sessions: PersonSession[] };

/** Deletes a person who is on no session; one on sessions is refused with them listed. */
export async function deletePerson(tx: Database, id: number): Promise<PersonDelete> {
  const [current] = await tx.select({ firstNameEn: people.firstNameEn, lastNameEn: people.lastNameEn }).from(people).where(eq(people.id, id)).for("update");
  if (!current) return { ok: false, reason: "not-found" };
  const sessions = await sessionsOfPerson(tx, id);
  if (sessions.length > 0) return { ok: false, reason: "on-sessions", name: `${current.firstNameEn} ${current.lastNameEn}`, sessions };
  const [person] = await tx.delete(people).where(eq(people.id, id)).returning();
  return { ok: true, person: person! };
}
