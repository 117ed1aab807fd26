// Loads the demo programme (lib/seed/program-2012*.ts) into a database:
// the 2012 edition, published and current (unless another edition already
// is), its halls, tracks, formats, sessions and people. Idempotent.
import type { Database } from "@/db/client";
import { ensureEdition, ensureFormat, ensureHall, ensurePerson, ensureSession, ensureTrack } from "@/db/queries/program-seed";
import { zonedToUtc } from "@/lib/program/time";
import { seedPeople } from "./program-2012-people";
import { seedEdition, seedFormats, seedHalls, seedSessions, seedTracks } from "./program-2012";

/** When the demo's people "agreed" to publication: a fixed date, so seeding is deterministic. */
const DEMO_CONSENT_AT = new Date("2012-04-01T09:00:00Z");
/** The programme's last edit, for LAST-MODIFIED and DTSTAMP in calendars: fixed for the same reason. */
const DEMO_EDITED_AT = new Date("2012-04-16T09:00:00Z");

export type ProgramSeedReport = { sessionsAdded: number; peopleAdded: number };

export async function seedProgram(db: Database): Promise<ProgramSeedReport> {
  const editionId = await ensureEdition(db, { ...seedEdition, programState: "published", updatedAt: DEMO_EDITED_AT });
  const hallIds = new Map<string, number>();
  for (const [position, h] of seedHalls.entries()) {
    hallIds.set(h.slug, await ensureHall(db, { editionId, slug: h.slug, nameEn: h.en, nameRu: h.ru, directionsEn: h.directionsEn, directionsRu: h.directionsRu, position }));
  }
  const trackIds = new Map<string, number>();
  for (const [position, t] of seedTracks.entries()) {
    trackIds.set(t.slug, await ensureTrack(db, { editionId, slug: t.slug, nameEn: t.en, nameRu: t.ru, color: t.color, position }));
  }
  const formatIds = new Map<string, number>();
  for (const [position, f] of seedFormats.entries()) {
    formatIds.set(
      f.key,
      await ensureFormat(db, { editionId, key: f.key, nameEn: f.en, nameRu: f.ru, isService: f.isService ?? false, spansAllHalls: f.spansAllHalls ?? false, position }),
    );
  }

  let peopleAdded = 0;
  const personIds = new Map<string, number>();
  for (const person of seedPeople) {
    const { id, added } = await ensurePerson(db, {
      slug: person.slug,
      lastNameRu: person.ru.last,
      firstNameRu: person.ru.first,
      middleNameRu: person.ru.middle,
      lastNameEn: person.en.last,
      firstNameEn: person.en.first,
      positionEn: person.en.position,
      positionRu: person.ru.position,
      organisationEn: person.en.organisation,
      organisationRu: person.ru.organisation,
      bioEn: person.en.bio ?? "",
      bioRu: person.ru.bio ?? "",
      consentAt: person.consent === false ? null : DEMO_CONSENT_AT,
      createdAt: DEMO_EDITED_AT,
      updatedAt: DEMO_EDITED_AT,
    });
    personIds.set(person.slug, id);
    if (added) peopleAdded++;
  }

  let sessionsAdded = 0;
  for (const s of seedSessions) {
    const orderInRole = new Map<string, number>();
    const links = (s.people ?? []).map(([slug, role]) => {
      const personId = personIds.get(slug);
      if (personId === undefined) throw new Error(`session ${s.code}: unknown person ${slug}`);
      const position = orderInRole.get(role) ?? 0;
      orderInRole.set(role, position + 1);
      return { personId, role, position };
    });
    const added = await ensureSession(
      db,
      {
        editionId,
        code: s.code,
        slugEn: s.en.slug,
        slugRu: s.ru.slug,
        titleEn: s.en.title,
        titleRu: s.ru.title,
        summaryEn: s.en.summary ?? "",
        summaryRu: s.ru.summary ?? "",
        bodyEn: s.en.body ?? "",
        bodyRu: s.ru.body ?? "",
        formatId: formatIds.get(s.format)!,
        trackId: s.track ? trackIds.get(s.track)! : null,
        hallId: hallIds.get(s.hall)!,
        startsAt: zonedToUtc(s.day, s.start, seedEdition.timezone),
        endsAt: zonedToUtc(s.day, s.end, seedEdition.timezone),
        createdAt: DEMO_EDITED_AT,
        updatedAt: DEMO_EDITED_AT,
      },
      links,
    );
    if (added) sessionsAdded++;
  }
  return { sessionsAdded, peopleAdded };
}
