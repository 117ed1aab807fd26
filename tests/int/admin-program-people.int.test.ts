// Programme people, halls, tracks and formats in the admin, on a real
// PostgreSQL: the queries (slug clash, version conflict, delete refused while
// linked, order kept dense) and the actions and photo route as the callers
// they face (anonymous refused with nothing changed; an editor's saves audited
// and expiring the programme and the speaker pages).
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { auditLog, editions, halls, media, people, programSessions, sessionFormats, sessionPeople, tracks } from "@/db/schema";
import { createPerson, deletePerson, listAdminPeople, updatePerson, type PersonFields } from "@/db/queries/admin-people";
import { createSetupItem, deleteSetupItem, listSetupItems, moveSetupItem, updateSetupItem } from "@/db/queries/admin-program-setup";
import { inTransaction } from "@/db/transaction";
import { createPersonAction, deletePersonAction, removePersonPhotoAction, updatePersonAction } from "@/app/admin/(protected)/program/people/actions";
import {
  deleteFormatAction,
  deleteHallAction,
  deleteTrackAction,
  moveFormatAction,
  moveHallAction,
  moveTrackAction,
  saveFormatAction,
  saveHallAction,
  saveTrackAction,
} from "@/app/admin/(protected)/program/_setup/actions";
import { POST as uploadPhoto } from "@/app/admin/api/people/[id]/photo/route";
import { asAnonymous, asStaff, closeTestDb, interruptOf, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
// Outside a Next request there is no cache to expire: record what the writes expire instead.
const expired = vi.hoisted(() => [] as { tags: string[]; paths: string[] }[]);
vi.mock("@/lib/revalidate", () => ({
  expireFromAction: (stale: { tags: string[]; paths: string[] }) => expired.push(stale),
  expireFromRoute: (stale: { tags: string[]; paths: string[] }) => expired.push(stale),
}));

const db = () => testDb();
let editionId: number;
const made = { people: [] as number[] };
let hallA: number;
let hallB: number;
let format: number;
let sessionId: number;

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

async function interrupt(call: () => Promise<unknown>): Promise<string> {
  try {
    const result = await call();
    throw new Error(`no redirect; returned ${JSON.stringify(result)}`);
  } catch (error) {
    const found = interruptOf(error);
    if (!found) throw error;
    return found;
  }
}

const person = (overrides: Partial<PersonFields> = {}): PersonFields => ({
  lastNameRu: "Петрова",
  firstNameRu: "Анна",
  middleNameRu: "Сергеевна",
  lastNameEn: "Petrova",
  firstNameEn: "Anna",
  slug: "int-anna-petrova",
  positionEn: "Director",
  positionRu: "Директор",
  organisationEn: "Int Bank",
  organisationRu: "Инт Банк",
  partnerId: null,
  bioEn: "",
  bioRu: "",
  consentAt: null,
  ...overrides,
});

const personForm = (overrides: Record<string, string | number> = {}) =>
  form({
    lastNameRu: "Иванов",
    firstNameRu: "Иван",
    middleNameRu: "",
    lastNameEn: "Ivanov",
    firstNameEn: "Ivan",
    slug: "",
    positionEn: "",
    positionRu: "",
    organisationEn: "Form Co",
    organisationRu: "",
    partnerId: "",
    bioEn: "Plain <b>text</b>.",
    bioRu: "",
    consentAt: "2026-01-15",
    ...overrides,
  });

beforeAll(async () => {
  const base = { titleEn: "Setup", titleRu: "Настройка", timezone: "Asia/Yekaterinburg", zoneLabelEn: "Perm time", zoneLabelRu: "время пермское", startsOn: "2012-04-19", endsOn: "2012-04-20" };
  const [edition] = await db().insert(editions).values({ ...base, slug: "int-people-setup" }).returning();
  editionId = edition!.id;
  const [a, b] = await db().insert(halls).values([{ editionId, slug: "a", nameEn: "Hall A", nameRu: "Зал А", position: 0 }, { editionId, slug: "b", nameEn: "Hall B", nameRu: "Зал Б", position: 1 }]).returning();
  hallA = a!.id;
  hallB = b!.id;
  const [f] = await db().insert(sessionFormats).values({ editionId, key: "panel", nameEn: "Panel", nameRu: "Панель" }).returning();
  format = f!.id;
  const [s] = await db()
    .insert(programSessions)
    .values({ editionId, code: "PPL234", slugEn: "linked", slugRu: "svyaz", titleEn: "Linked session", titleRu: "Сессия", formatId: format, hallId: hallA, startsAt: new Date("2012-04-19T04:00Z"), endsAt: new Date("2012-04-19T05:00Z") })
    .returning();
  sessionId = s!.id;
});

afterAll(async () => {
  await db().delete(programSessions).where(eq(programSessions.editionId, editionId));
  if (made.people.length) await db().delete(people).where(inArray(people.id, made.people));
  await db().delete(people).where(inArray(people.slug, ["ivan-ivanov", "int-anna-petrova", "int-anna-other", "int-anna-renamed"]));
  await db().delete(editions).where(eq(editions.id, editionId));
  await closeTestDb();
});

beforeEach(() => {
  expired.length = 0;
});

describe("people queries", () => {
  it("refuses a slug another person has, and stores the consent date", async () => {
    const consentAt = new Date("2026-02-01T05:30:00Z");
    const first = await inTransaction(db(), (tx) => createPerson(tx, person({ consentAt })));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    made.people.push(first.person.id);
    expect(first.person.consentAt?.toISOString()).toBe("2026-02-01T05:30:00.000Z");
    const clash = await inTransaction(db(), (tx) => createPerson(tx, person({ firstNameEn: "Other" })));
    expect(clash).toEqual({ ok: false, reason: "slug-taken", otherName: "Anna Petrova" });
    // Saving a person under its own slug is no clash; the same consent day typed back keeps the recorded instant.
    const same = await inTransaction(db(), (tx) => updatePerson(tx, first.person.id, 1, person({ consentAt: new Date("2026-02-01T00:00:00Z") })));
    expect(same.ok && same.person.consentAt?.toISOString()).toBe("2026-02-01T05:30:00.000Z");
    const moved = await inTransaction(db(), (tx) => updatePerson(tx, first.person.id, 2, person({ consentAt: new Date("2026-02-03T00:00:00Z") })));
    expect(moved.ok && moved.person.consentAt?.toISOString()).toBe("2026-02-03T00:00:00.000Z");
  });

  it("refuses a save of a version someone else saved over, changing nothing", async () => {
    const created = await inTransaction(db(), (tx) => createPerson(tx, person({ slug: "int-anna-other" })));
    if (!created.ok) throw new Error("arrange failed");
    made.people.push(created.person.id);
    const saved = await inTransaction(db(), (tx) => updatePerson(tx, created.person.id, 1, person({ slug: "int-anna-other", bioEn: "First" })));
    expect(saved.ok && saved.person.version).toBe(2);
    const stale = await inTransaction(db(), (tx) => updatePerson(tx, created.person.id, 1, person({ slug: "int-anna-other", bioEn: "Second" })));
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    const [row] = await db().select().from(people).where(eq(people.id, created.person.id));
    expect(row).toMatchObject({ bioEn: "First", version: 2 });
  });

  it("refuses to delete a person on a session, naming it; deletes one on none", async () => {
    const created = await inTransaction(db(), (tx) => createPerson(tx, person({ slug: "int-anna-renamed" })));
    if (!created.ok) throw new Error("arrange failed");
    await db().insert(sessionPeople).values({ sessionId, personId: created.person.id, role: "speaker" });
    const refused = await inTransaction(db(), (tx) => deletePerson(tx, created.person.id));
    expect(refused).toMatchObject({ ok: false, reason: "on-sessions", name: "Anna Petrova", sessions: [{ code: "PPL234", titleEn: "Linked session", role: "speaker" }] });
    expect((await listAdminPeople(db(), "renamed"))[0]).toMatchObject({ id: created.person.id, sessionCount: 1, hasConsent: false });
    await db().delete(sessionPeople).where(eq(sessionPeople.personId, created.person.id));
    expect(await inTransaction(db(), (tx) => deletePerson(tx, created.person.id))).toMatchObject({ ok: true });
  });

  it("searches names and organisations, with % and _ taken literally", async () => {
    const found = await listAdminPeople(db(), "int bank");
    expect(found.map((p) => p.nameEn)).toContain("Anna Petrova");
    expect(await listAdminPeople(db(), "%")).toEqual([]);
  });
});

describe("hall, track and format queries", () => {
  it("keeps the order dense, refuses a taken slug, and refuses deleting what a session uses", async () => {
    const added = await inTransaction(db(), (tx) => createSetupItem(tx, "hall", editionId, { slug: "c", nameEn: "Hall C", nameRu: "Зал В", directionsEn: "", directionsRu: "" }));
    expect(added.ok && added.row.position).toBe(2);
    const clash = await inTransaction(db(), (tx) => updateSetupItem(tx, "hall", hallB, { slug: "a", nameEn: "Hall B", nameRu: "Зал Б", directionsEn: "", directionsRu: "" }));
    expect(clash).toMatchObject({ ok: false, field: "slug", message: expect.stringContaining("“Hall A” already has the web name “a”") });
    await inTransaction(db(), (tx) => moveSetupItem(tx, "hall", hallA, "down"));
    expect((await listSetupItems(db(), "hall", editionId)).map((h) => [h.nameEn, h.position, h.sessionCount])).toEqual([
      ["Hall B", 0, 0],
      ["Hall A", 1, 1],
      ["Hall C", 2, 0],
    ]);
    const inUse = await inTransaction(db(), (tx) => deleteSetupItem(tx, "hall", hallA));
    expect(inUse).toMatchObject({ ok: false, reason: "in-use", message: expect.stringContaining("“Linked session” (PPL234)") });
    const formatInUse = await inTransaction(db(), (tx) => deleteSetupItem(tx, "format", format));
    expect(formatInUse).toMatchObject({ ok: false, reason: "in-use" });
    if (!added.ok) return;
    expect(await inTransaction(db(), (tx) => deleteSetupItem(tx, "hall", added.row.id))).toMatchObject({ ok: true });
    const track = await inTransaction(db(), (tx) => createSetupItem(tx, "track", editionId, { slug: "t", nameEn: "T", nameRu: "Т", color: "#12abef" }));
    expect(track).toMatchObject({ ok: true, row: { color: "#12abef", position: 0 } });
  });
});

describe("anonymous callers", () => {
  it("are refused by every action and the photo route, and nothing changes", async () => {
    asAnonymous();
    const snapshot = async () => ({
      people: await db().select().from(people).orderBy(asc(people.id)),
      halls: await db().select().from(halls).where(eq(halls.editionId, editionId)).orderBy(asc(halls.id)),
      tracks: await db().select().from(tracks).where(eq(tracks.editionId, editionId)).orderBy(asc(tracks.id)),
      formats: await db().select().from(sessionFormats).where(eq(sessionFormats.editionId, editionId)).orderBy(asc(sessionFormats.id)),
    });
    const before = await snapshot();
    const someone = made.people[0]!;
    const calls: [string, () => Promise<unknown>][] = [
      ["createPerson", () => createPersonAction({}, personForm())],
      ["updatePerson", () => updatePersonAction({}, personForm({ id: someone, version: 1 }))],
      ["deletePerson", () => deletePersonAction({}, form({ id: someone }))],
      ["removePhoto", () => removePersonPhotoAction(form({ id: someone }))],
      ["saveHall", () => saveHallAction({}, form({ id: "", slug: "x", nameEn: "X", nameRu: "X" }))],
      ["deleteHall", () => deleteHallAction({}, form({ id: hallB }))],
      ["moveHall", () => moveHallAction(form({ id: hallB, direction: "down" }))],
      ["saveTrack", () => saveTrackAction({}, form({ id: "", slug: "x", nameEn: "X", nameRu: "X", color: "#000000" }))],
      ["deleteTrack", () => deleteTrackAction({}, form({ id: 1 }))],
      ["moveTrack", () => moveTrackAction(form({ id: 1, direction: "down" }))],
      ["saveFormat", () => saveFormatAction({}, form({ id: "", key: "x", nameEn: "X", nameRu: "X" }))],
      ["deleteFormat", () => deleteFormatAction({}, form({ id: format }))],
      ["moveFormat", () => moveFormatAction(form({ id: format, direction: "up" }))],
    ];
    for (const [name, call] of calls) expect(await refusal(call), name).toBe("redirect:/admin/login");
    const body = new FormData();
    body.set("photo", new Blob([new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).png().toBuffer())]), "p.png");
    for (const accept of ["application/json", "text/html"]) {
      const response = await uploadPhoto(new Request(`http://podium.test/admin/api/people/${someone}/photo`, { method: "POST", body, headers: { accept } }), {
        params: Promise.resolve({ id: String(someone) }),
      });
      expect(response.status).toBe(401);
    }
    expect(await snapshot()).toEqual(before);
    expect(expired).toEqual([]);
  });
});

describe("as an editor", () => {
  it("creates a person with a slug from the English name and the consent date, audited and expiring their speaker pages", async () => {
    const editor = await asStaff("editor");
    const target = await interrupt(() => createPersonAction({}, personForm()));
    const id = Number(/^redirect:\/admin\/program\/people\/(\d+)\?created=1$/.exec(target)?.[1]);
    expect(id).toBeGreaterThan(0);
    const [row] = await db().select().from(people).where(eq(people.id, id));
    expect(row).toMatchObject({ slug: "ivan-ivanov", bioEn: "Plain <b>text</b>.", version: 1 });
    expect(row!.consentAt?.toISOString()).toBe("2026-01-15T00:00:00.000Z");
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.entity, "person"), eq(auditLog.entityId, String(id))));
    expect(audit).toMatchObject({ action: "create", actorEmail: editor.email, summary: { name: "Ivan Ivanov", slug: "ivan-ivanov", consent: true } });
    expect(expired[0]!.tags).toEqual(["program"]);
    expect(expired[0]!.paths).toEqual(expect.arrayContaining(["/en/speakers/ivan-ivanov", "/ru/speakers/ivan-ivanov", "/en/program"]));
  });

  it("refuses a taken slug and a stale version with the input kept", async () => {
    await asStaff("editor");
    const taken = await createPersonAction({ seq: 3 }, personForm({ slug: "int-anna-petrova", organisationEn: "Kept Co" }));
    expect(taken.errors?.slug?.[0]).toMatch(/“int-anna-petrova” is already used by Anna Petrova/);
    expect(taken).toMatchObject({ seq: 4, values: { organisationEn: "Kept Co", slug: "int-anna-petrova" } });
    const [ivan] = await db().select().from(people).where(eq(people.slug, "ivan-ivanov"));
    await interrupt(() => updatePersonAction({}, personForm({ id: ivan!.id, version: 1, slug: "ivan-ivanov", bioEn: "v2" })));
    const stale = await updatePersonAction({}, personForm({ id: ivan!.id, version: 1, slug: "ivan-ivanov", bioEn: "my stale edit" }));
    expect(stale.message).toMatch(/Someone else saved this person/);
    expect(stale.values?.bioEn).toBe("my stale edit");
    const badDate = await updatePersonAction({}, personForm({ id: ivan!.id, version: 2, slug: "ivan-ivanov", consentAt: "2026-02-30" }));
    expect(badDate.errors?.consentAt?.[0]).toMatch(/YYYY-MM-DD/);
    const [row] = await db().select().from(people).where(eq(people.id, ivan!.id));
    expect(row).toMatchObject({ bioEn: "v2", version: 2 });
  });

  it("uploads a photo through the real pipeline and removes it; a hostile file is refused", async () => {
    await asStaff("editor");
    const [ivan] = await db().select().from(people).where(eq(people.slug, "ivan-ivanov"));
    const id = ivan!.id;
    const send = (bytes: Buffer) => {
      const body = new FormData();
      body.set("photo", new Blob([new Uint8Array(bytes)], { type: "image/png" }), "photo.png");
      return uploadPhoto(new Request(`http://podium.test/admin/api/people/${id}/photo`, { method: "POST", body, headers: { accept: "application/json" } }), {
        params: Promise.resolve({ id: String(id) }),
      });
    };
    const refused = await send(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(64)]));
    expect(refused.status).toBe(415);
    const png = await sharp({ create: { width: 1200, height: 900, channels: 4, background: { r: 10, g: 120, b: 200, alpha: 0.5 } } }).png().toBuffer();
    const response = await send(png);
    expect(response.status).toBe(200);
    const reply = (await response.json()) as { photo: { url: string; width: number; height: number } };
    expect(reply.photo).toMatchObject({ url: expect.stringMatching(/^\/media\/[0-9a-f]{64}\.jpg$/), width: 800, height: 600 });
    const [withPhoto] = await db().select({ photo: people.photoMediaId }).from(people).where(eq(people.id, id));
    const [stored] = await db().select().from(media).where(eq(media.id, withPhoto!.photo!));
    expect(stored!.mime).toBe("image/jpeg");
    expect((await sharp(stored!.bytes).metadata()).format).toBe("jpeg");
    expect(expired.at(-1)!.paths).toContain("/ru/speakers/ivan-ivanov");

    expect(await interrupt(() => removePersonPhotoAction(form({ id })))).toBe(`redirect:/admin/program/people/${id}?photo=removed#photo`);
    const [without] = await db().select({ photo: people.photoMediaId }).from(people).where(eq(people.id, id));
    expect(without!.photo).toBeNull();
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.entity, "person"), eq(auditLog.entityId, String(id)))).orderBy(desc(auditLog.id));
    expect(audits.slice(0, 2).map((a) => a.action)).toEqual(["update", "upload"]);
  });

  it("refuses deleting a person on a session with the session named", async () => {
    await asStaff("editor");
    const [ivan] = await db().select().from(people).where(eq(people.slug, "ivan-ivanov"));
    await db().insert(sessionPeople).values({ sessionId, personId: ivan!.id, role: "moderator" });
    const refused = await deletePersonAction({}, form({ id: ivan!.id }));
    expect(refused.message).toBe("Ivan Ivanov was not deleted: they are on 1 session: “Linked session” (PPL234). Remove them from those sessions first.");
    await db().delete(sessionPeople).where(eq(sessionPeople.personId, ivan!.id));
    expect(await interrupt(() => deletePersonAction({}, form({ id: ivan!.id })))).toBe("redirect:/admin/program/people?notice=deleted");
  });

  it("edits, moves and deletes halls, tracks and formats, audited, expiring the programme", async () => {
    await asStaff("editor");
    const target = await interrupt(() => saveHallAction({}, form({ id: hallB, slug: "b", nameEn: "Hall B renamed", nameRu: "Зал Б", directionsEn: "Floor 2", directionsRu: "" })));
    expect(target).toBe(`redirect:/admin/program/halls?notice=saved&id=${hallB}#hall-${hallB}`);
    expect(expired[0]!.tags).toEqual(["program"]);
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.entity, "hall"), eq(auditLog.entityId, String(hallB)))).orderBy(desc(auditLog.id));
    expect(audit).toMatchObject({ action: "update", summary: { nameEn: "Hall B renamed", changed: ["nameEn", "directionsEn"] } });
    const refused = await deleteHallAction({}, form({ id: hallA }));
    expect(refused.message).toMatch(/^The hall “Hall A” was not deleted: 1 session uses it: “Linked session” \(PPL234\)\./);
    const badColour = await saveTrackAction({}, form({ id: "", slug: "x", nameEn: "X", nameRu: "X", color: "red" }));
    expect(badColour.errors?.color?.[0]).toMatch(/#rrggbb/);
    const formatRefused = await deleteFormatAction({}, form({ id: format }));
    expect(formatRefused.message).toMatch(/Give those sessions another format first/);
    expect(await interrupt(() => moveFormatAction(form({ id: format, direction: "up" })))).toBe(`redirect:/admin/program/formats#format-${format}`);
    const [saved] = await db().select().from(sessionFormats).where(eq(sessionFormats.id, format));
    expect(saved!.position).toBe(0);
  });
});
