// The programme's save and its warnings on a real PostgreSQL, in an edition of
// the test's own: the optimistic lock, SEQUENCE rules, refusals that save
// nothing, and the non-blocking warnings of the coming editor.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { Pool } from "pg";
import { createDb, type Database } from "@/db/client";
import { createSession, listScheduleWarnings, newSessionCode, updateSession, type SessionWrite } from "@/db/queries/admin-program";
import { editions, halls, people, programSessions, sessionFormats, sessionPeople } from "@/db/schema";

let db: Database;
let pool: Pool;
let editionId: number;
let otherEditionId: number;
const ids = { hallA: 0, hallB: 0, otherHall: 0, panel: 0, lunch: 0, s1: 0, s2: 0, p1: 0, p2: 0 };

beforeAll(async () => {
  ({ db, pool } = createDb(inject("databaseUrl"), { max: 2 }));
  const base = { titleEn: "T", titleRu: "Т", timezone: "Asia/Yekaterinburg", zoneLabelEn: "Perm time", zoneLabelRu: "время пермское", startsOn: "2012-04-19", endsOn: "2012-04-20" };
  const [edition] = await db.insert(editions).values({ ...base, slug: "int-admin" }).returning();
  const [other] = await db.insert(editions).values({ ...base, slug: "int-admin-other" }).returning();
  editionId = edition!.id;
  otherEditionId = other!.id;
  const [a, b] = await db.insert(halls).values([{ editionId, slug: "a", nameEn: "A", nameRu: "А" }, { editionId, slug: "b", nameEn: "B", nameRu: "Б" }]).returning();
  const [o] = await db.insert(halls).values({ editionId: otherEditionId, slug: "o", nameEn: "O", nameRu: "О" }).returning();
  const [panel, lunch] = await db
    .insert(sessionFormats)
    .values([{ editionId, key: "panel", nameEn: "Panel", nameRu: "Панель" }, { editionId, key: "break", nameEn: "Break", nameRu: "Перерыв", isService: true }])
    .returning();
  const [p1, p2] = await db
    .insert(people)
    .values([
      { slug: "int-admin-one", lastNameRu: "Один", firstNameRu: "Иван", lastNameEn: "Odin", firstNameEn: "Ivan", consentAt: new Date("2012-01-01Z") },
      { slug: "int-admin-two", lastNameRu: "Два", firstNameRu: "Пётр", lastNameEn: "Dva", firstNameEn: "Pyotr", consentAt: new Date("2012-01-01Z") },
    ])
    .returning();
  Object.assign(ids, { hallA: a!.id, hallB: b!.id, otherHall: o!.id, panel: panel!.id, lunch: lunch!.id, p1: p1!.id, p2: p2!.id });
});

afterAll(async () => {
  await db.delete(programSessions).where(inArray(programSessions.editionId, [editionId, otherEditionId]));
  await db.delete(people).where(inArray(people.id, [ids.p1, ids.p2]));
  await db.delete(editions).where(inArray(editions.id, [editionId, otherEditionId]));
  await pool.end();
});

const at = (local: string) => new Date(`${local}+06:00`);

beforeEach(async () => {
  await db.delete(programSessions).where(eq(programSessions.editionId, editionId));
  const row = { editionId, formatId: ids.panel, summaryEn: "", summaryRu: "" };
  const [s1, s2] = await db
    .insert(programSessions)
    .values([
      { ...row, code: "ADM222", slugEn: "one", slugRu: "odin", titleEn: "One", titleRu: "Один", hallId: ids.hallA, startsAt: at("2012-04-19T10:00"), endsAt: at("2012-04-19T12:00") },
      { ...row, code: "ADM333", slugEn: "two", slugRu: "dva", titleEn: "Two", titleRu: "Два", hallId: ids.hallB, startsAt: at("2012-04-19T11:00"), endsAt: at("2012-04-19T13:00") },
    ])
    .returning();
  ids.s1 = s1!.id;
  ids.s2 = s2!.id;
});

function write(overrides: Partial<SessionWrite> = {}): SessionWrite {
  return {
    titleEn: "One",
    titleRu: "Один",
    slugEn: "one",
    slugRu: "odin",
    summaryEn: "",
    summaryRu: "",
    bodyEn: "",
    bodyRu: "",
    formatId: ids.panel,
    trackId: null,
    hallId: ids.hallA,
    startsAt: at("2012-04-19T10:00"),
    endsAt: at("2012-04-19T12:00"),
    status: "scheduled",
    people: [],
    ...overrides,
  };
}

const stored = async () => (await db.select().from(programSessions).where(eq(programSessions.id, ids.s1)))[0]!;

describe("saving a session", () => {
  it("bumps SEQUENCE by exactly one for a time change, and not for a new title", async () => {
    const moved = await updateSession(db, ids.s1, 1, write({ startsAt: at("2012-04-19T10:30"), endsAt: at("2012-04-19T12:30") }));
    expect(moved).toMatchObject({ ok: true, version: 2, icsSequence: 1 });
    const renamed = await updateSession(db, ids.s1, 2, write({ titleEn: "One, renamed", startsAt: at("2012-04-19T10:30"), endsAt: at("2012-04-19T12:30") }));
    expect(renamed).toMatchObject({ ok: true, version: 3, icsSequence: 1 });
    const cancelled = await updateSession(db, ids.s1, 3, write({ titleEn: "One, renamed", status: "cancelled", startsAt: at("2012-04-19T10:30"), endsAt: at("2012-04-19T12:30") }));
    expect(cancelled).toMatchObject({ ok: true, version: 4, icsSequence: 2 });
    expect((await stored()).titleEn).toBe("One, renamed");
  });

  it("keeps the start a rescheduled session moved from", async () => {
    const result = await updateSession(db, ids.s1, 1, write({ status: "rescheduled", startsAt: at("2012-04-20T10:00"), endsAt: at("2012-04-20T12:00") }));
    expect(result).toMatchObject({ ok: true, icsSequence: 1 });
    expect((await stored()).previousStartsAt?.toISOString()).toBe("2012-04-19T04:00:00.000Z");
    const refused = await updateSession(db, ids.s2, 1, write({ status: "rescheduled", hallId: ids.hallB, startsAt: at("2012-04-19T11:00"), endsAt: at("2012-04-19T13:00") }));
    expect(refused).toEqual({ ok: false, reason: "invalid", field: "status", message: "A rescheduled session needs a new start time.", problem: "rescheduledNeedsTime" });
  });

  it("refuses a stale version and saves nothing", async () => {
    expect(await updateSession(db, ids.s1, 1, write({ titleEn: "First" }))).toMatchObject({ ok: true, version: 2 });
    expect(await updateSession(db, ids.s1, 1, write({ titleEn: "Second" }))).toEqual({ ok: false, reason: "conflict", currentVersion: 2 });
    expect((await stored()).titleEn).toBe("First");
    expect(await updateSession(db, 2 ** 31 - 1, 1, write())).toEqual({ ok: false, reason: "missing" });
  });

  it("refuses an end before the start, a hall of another edition, an unknown person, speakers in a break — saving nothing", async () => {
    const cases: [Partial<SessionWrite>, string][] = [
      [{ endsAt: at("2012-04-19T09:00") }, "end"],
      [{ hallId: ids.otherHall }, "hallId"],
      [{ people: [{ personId: 2 ** 31 - 1, role: "speaker", positionEn: "", positionRu: "", organisationEn: "", organisationRu: "" }] }, "people"],
      [{ formatId: ids.lunch, people: [{ personId: ids.p1, role: "speaker", positionEn: "", positionRu: "", organisationEn: "", organisationRu: "" }] }, "people"],
    ];
    for (const [overrides, field] of cases) {
      const result = await updateSession(db, ids.s1, 1, write({ titleEn: "Changed", ...overrides }));
      expect(result, field).toMatchObject({ ok: false, reason: "invalid", field });
    }
    const row = await stored();
    expect([row.titleEn, row.version, row.icsSequence]).toEqual(["One", 1, 0]);
  });

  it("replaces the people, moderator first, and reports who was on it before and after", async () => {
    const link = (personId: number, role: "moderator" | "speaker") => ({ personId, role, positionEn: "", positionRu: "", organisationEn: "", organisationRu: "" });
    await updateSession(db, ids.s1, 1, write({ people: [link(ids.p1, "speaker"), link(ids.p2, "moderator")] }));
    const rows = await db.select().from(sessionPeople).where(eq(sessionPeople.sessionId, ids.s1));
    expect(rows.map((r) => [r.personId, r.role, r.position]).sort()).toEqual([[ids.p1, "speaker", 0], [ids.p2, "moderator", 0]].sort());
    const second = await updateSession(db, ids.s1, 2, write({ people: [link(ids.p1, "moderator")] }));
    expect(second).toMatchObject({ ok: true, personIds: { before: expect.arrayContaining([ids.p1, ids.p2]), after: [ids.p1] } });
  });
});

describe("creating a session", () => {
  it("draws a code of the public shape, and another one when the first is taken", async () => {
    for (let i = 0; i < 50; i++) expect(newSessionCode()).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const draws = ["ADM222", "NEW777"];
    const link = { personId: ids.p1, role: "speaker" as const, positionEn: "", positionRu: "", organisationEn: "", organisationRu: "" };
    const created = await createSession(db, editionId, write({ slugEn: "new", people: [link] }), () => draws.shift()!);
    expect(created).toMatchObject({ ok: true, code: "NEW777", version: 1, icsSequence: 0, personIds: { before: [], after: [ids.p1] } });
    expect(await createSession(db, editionId, write({ hallId: ids.otherHall }))).toMatchObject({ ok: false, reason: "invalid", field: "hallId" });
    expect(await createSession(db, editionId, write({ status: "rescheduled" }))).toMatchObject({ ok: false, reason: "invalid", field: "status" });
    const codes = (await db.select({ code: programSessions.code }).from(programSessions).where(eq(programSessions.editionId, editionId))).map((r) => r.code).sort();
    expect(codes).toEqual(["ADM222", "ADM333", "NEW777"]);
  });
});

describe("schedule warnings", () => {
  it("finds a person in two sessions at once, two sessions in one hall, and a session outside the dates", async () => {
    expect(await listScheduleWarnings(db, editionId)).toEqual([]);
    const link = (sessionId: number) => ({ sessionId, personId: ids.p1, role: "speaker" as const });
    await db.insert(sessionPeople).values([link(ids.s1), link(ids.s2)]);
    await db.update(programSessions).set({ hallId: ids.hallA }).where(eq(programSessions.id, ids.s2));
    await db.insert(programSessions).values({ editionId, formatId: ids.panel, code: "ADM444", slugEn: "late", slugRu: "pozdno", titleEn: "Late", titleRu: "Поздно", startsAt: at("2012-04-21T10:00"), endsAt: at("2012-04-21T11:00") });
    expect(await listScheduleWarnings(db, editionId)).toEqual([
      { kind: "hall-overlap", hallId: ids.hallA, codes: ["ADM222", "ADM333"] },
      { kind: "person-overlap", personId: ids.p1, codes: ["ADM222", "ADM333"] },
      { kind: "outside-dates", code: "ADM444", day: "2012-04-21" },
    ]);
    // A cancelled session clashes with nothing.
    await db.update(programSessions).set({ status: "cancelled" }).where(eq(programSessions.id, ids.s2));
    expect((await listScheduleWarnings(db, editionId)).map((w) => w.kind)).toEqual(["outside-dates"]);
  });
});
