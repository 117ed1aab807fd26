// The programme's public reads on a real PostgreSQL: the demo seed, the consent
// gate, ordering, and days derived in the edition's own time zone.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Pool } from "pg";
import { createDb, type Database } from "@/db/client";
import { getCurrentEdition, getSessionBodies, loadProgram, loadPublicProgram } from "@/db/queries/program";
import { editions, halls, people, programSessions, sessionFormats, sessionPeople } from "@/db/schema";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { seedProgram } from "@/lib/seed/program";
import { seedSessions } from "@/lib/seed/program-2012";
import { seedPeople } from "@/lib/seed/program-2012-people";

let db: Database;
let pool: Pool;

beforeAll(async () => {
  ({ db, pool } = createDb(inject("databaseUrl"), { max: 3 }));
  await seedDemoContent(db);
});

afterAll(async () => {
  await pool.end();
});

describe("the demo programme", () => {
  it("is seeded once: a second run adds nothing", async () => {
    expect(await seedProgram(db)).toEqual({ sessionsAdded: 0, peopleAdded: 0 });
  });

  it("is the current, published 2012 edition over three days in Perm's zone", async () => {
    const program = await loadPublicProgram(db);
    expect(program).not.toBeNull();
    expect(program!.edition).toMatchObject({ slug: "2012", timezone: "Asia/Yekaterinburg", programState: "published" });
    expect(program!.days).toEqual(["2012-04-19", "2012-04-20", "2012-04-21"]);
    expect(program!.sessions).toHaveLength(seedSessions.length);
    // 11:00 in Perm on 19 April 2012 was 05:00 UTC (UTC+6 then).
    const plenary = program!.sessions.find((s) => s.code === "PL3NRY")!;
    expect(plenary.startsAt).toBe("2012-04-19T05:00:00.000Z");
    expect(plenary.day).toBe("2012-04-19");
  });

  it("orders sessions by start, then by hall order", async () => {
    const program = (await loadPublicProgram(db))!;
    const starts = program.sessions.map((s) => s.startsAt);
    expect([...starts].sort()).toEqual(starts);
    const hallPosition = new Map(program.halls.map((h) => [h.id, h.position]));
    const parallel = program.sessions.filter((s) => s.startsAt === "2012-04-20T04:00:00.000Z");
    expect(parallel.map((s) => s.code)).toEqual(["TT3UNV", "OG4CHM", "IT6TLC"]);
    const positions = parallel.map((s) => hallPosition.get(s.hallId!)!);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("lists the moderator first, then the speakers in their order", async () => {
    const program = (await loadPublicProgram(db))!;
    const plenary = program.sessions.find((s) => s.code === "PL3NRY")!;
    const slugOf = new Map(program.people.map((p) => [p.id, p.slug]));
    expect(plenary.people.map((l) => [slugOf.get(l.personId), l.role])).toEqual([
      ["pavel-gromov", "moderator"],
      ["viktor-shalimov", "speaker"],
      ["rustam-khairullin", "speaker"],
      ["alexander-rats", "speaker"],
      ["natalia-zhuravleva", "speaker"],
      ["klaus-brenner", "speaker"],
    ]);
    const final = program.sessions.find((s) => s.code === "YS7FNL")!;
    expect(final.people.map((l) => l.role)).toEqual(["moderator", "co_moderator", "speaker", "speaker"]);
  });

  it("shows no one without a consent date: not in any session, not among the people", async () => {
    const program = (await loadPublicProgram(db))!;
    const withoutConsent = seedPeople.filter((p) => p.consent === false).map((p) => p.slug);
    expect(withoutConsent).toEqual(["pyotr-smirnov"]);
    expect(program.people.map((p) => p.slug)).not.toContain("pyotr-smirnov");
    const [hidden] = await db.select({ id: people.id }).from(people).where(eq(people.slug, "pyotr-smirnov"));
    expect(program.sessions.flatMap((s) => s.people.map((l) => l.personId))).not.toContain(hidden!.id);
    expect(JSON.stringify(program)).not.toContain("Smirnov");
    // Every other person of the seed is listed (each has a session).
    expect(program.people).toHaveLength(seedPeople.length - 1);
  });

  it("keeps each session's MDX bodies out of the snapshot and serves them by code", async () => {
    const program = (await loadPublicProgram(db))!;
    expect(JSON.stringify(program)).not.toContain("## Questions for the discussion");
    const bodies = await getSessionBodies(db, program.edition.id, "PL3NRY");
    expect(bodies?.en).toContain("## Questions for the discussion");
    expect(bodies?.ru).toContain("## Вопросы для обсуждения");
    expect(await getSessionBodies(db, program.edition.id, "ZZZZZZ")).toBeNull();
  });
});

describe("a hidden programme", () => {
  it("is not public at all, and is again once published", async () => {
    const edition = (await getCurrentEdition(db))!;
    await db.update(editions).set({ programState: "hidden" }).where(eq(editions.id, edition.id));
    try {
      expect(await loadPublicProgram(db)).toBeNull();
    } finally {
      await db.update(editions).set({ programState: "published" }).where(eq(editions.id, edition.id));
    }
    expect(await loadPublicProgram(db)).not.toBeNull();
  });
});

describe("an edition of its own (not current)", () => {
  let editionId: number;
  let sessionId: number;
  const personIds: number[] = [];

  beforeAll(async () => {
    const [edition] = await db
      .insert(editions)
      .values({ slug: "int-zone", titleEn: "Zone test", titleRu: "Проверка зоны", startsOn: "2012-04-19", endsOn: "2012-04-20", timezone: "Asia/Yekaterinburg", zoneLabelEn: "Perm time", zoneLabelRu: "время пермское" })
      .returning();
    editionId = edition!.id;
    const [hall] = await db.insert(halls).values({ editionId, slug: "main", nameEn: "Main", nameRu: "Главный" }).returning();
    const [format] = await db.insert(sessionFormats).values({ editionId, key: "panel", nameEn: "Panel", nameRu: "Панель" }).returning();
    const [late] = await db
      .insert(programSessions)
      .values({
        editionId,
        code: "LATE22",
        slugEn: "late",
        slugRu: "pozdno",
        titleEn: "Late night",
        titleRu: "Поздно ночью",
        formatId: format!.id,
        hallId: hall!.id,
        // 02:30 on the 20th in Perm, still the 19th in UTC.
        startsAt: new Date("2012-04-19T20:30:00Z"),
        endsAt: new Date("2012-04-19T21:30:00Z"),
      })
      .returning();
    sessionId = late!.id;
    const base = { lastNameRu: "Тестова", firstNameRu: "Анна", lastNameEn: "Testova", firstNameEn: "Anna", positionEn: "Director", positionRu: "Директор", organisationEn: "Now Ltd", organisationRu: "ООО «Сейчас»" };
    const inserted = await db
      .insert(people)
      .values([
        { ...base, slug: "int-consented", consentAt: new Date("2012-01-01T00:00:00Z") },
        { ...base, slug: "int-no-consent", consentAt: null },
        { ...base, slug: "int-consent-later", consentAt: new Date(Date.now() + 86_400_000) },
      ])
      .returning({ id: people.id });
    personIds.push(...inserted.map((r) => r.id));
    await db.insert(sessionPeople).values([
      // The job as at the session overrides the person's current one.
      { sessionId, personId: personIds[0]!, role: "speaker", position: 0, positionEn: "Deputy Director", positionRu: "Заместитель директора", organisationEn: "Then Ltd", organisationRu: "ООО «Тогда»" },
      { sessionId, personId: personIds[1]!, role: "moderator", position: 0 },
      { sessionId, personId: personIds[2]!, role: "speaker", position: 1 },
    ]);
  });

  afterAll(async () => {
    await db.delete(programSessions).where(eq(programSessions.editionId, editionId));
    for (const id of personIds) await db.delete(people).where(eq(people.id, id));
    await db.delete(editions).where(eq(editions.id, editionId));
  });

  async function snapshot(timezone: string) {
    await db.update(editions).set({ timezone }).where(eq(editions.id, editionId));
    const edition = (await db.select().from(editions).where(eq(editions.id, editionId)))[0]!;
    return loadProgram(db, {
      id: edition.id,
      slug: edition.slug,
      title: { en: edition.titleEn, ru: edition.titleRu },
      startsOn: edition.startsOn,
      endsOn: edition.endsOn,
      timezone: edition.timezone,
      zoneLabel: { en: edition.zoneLabelEn, ru: edition.zoneLabelRu },
      venueName: { en: "", ru: "" },
      venueAddress: { en: "", ru: "" },
      programState: edition.programState,
      updatedAt: edition.updatedAt.toISOString(),
    });
  }

  it("derives a session's day in the edition's zone, not in UTC", async () => {
    expect((await snapshot("Asia/Yekaterinburg")).sessions[0]!.day).toBe("2012-04-20");
    expect((await snapshot("UTC")).sessions[0]!.day).toBe("2012-04-19");
    expect((await snapshot("America/New_York")).days).toEqual(["2012-04-19"]);
  });

  it("shows only people whose consent date is recorded and has passed", async () => {
    const program = await snapshot("Asia/Yekaterinburg");
    expect(program.people.map((p) => p.id)).toEqual([personIds[0]]);
    expect(program.sessions[0]!.people).toHaveLength(1);
    expect(program.sessions[0]!.people[0]).toMatchObject({
      personId: personIds[0],
      role: "speaker",
      position: { en: "Deputy Director", ru: "Заместитель директора" },
      organisation: { en: "Then Ltd", ru: "ООО «Тогда»" },
    });
  });

  it("does not leak into the current edition's programme", async () => {
    const program = (await loadPublicProgram(db))!;
    expect(program.sessions.map((s) => s.code)).not.toContain("LATE22");
  });

  it("refuses a session that ends before it starts, and a malformed code", async () => {
    const [format] = await db.select().from(sessionFormats).where(eq(sessionFormats.editionId, editionId));
    const row = { editionId, slugEn: "x", slugRu: "x", titleEn: "X", titleRu: "X", formatId: format!.id };
    await expect(
      db.insert(programSessions).values({ ...row, code: "BACK22", startsAt: new Date("2012-04-19T10:00:00Z"), endsAt: new Date("2012-04-19T09:00:00Z") }),
    ).rejects.toThrow();
    await expect(
      db.insert(programSessions).values({ ...row, code: "bad-1", startsAt: new Date("2012-04-19T10:00:00Z"), endsAt: new Date("2012-04-19T11:00:00Z") }),
    ).rejects.toThrow();
  });
});
