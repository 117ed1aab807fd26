// The programme editor's server actions against the real database, through
// the one admin write path (lib/admin/write-action.ts): refused when signed
// out or under-privileged with nothing changed; a save and its audit row in
// one transaction (an audit insert that fails undoes the save); the expiry
// names every public page the save touched; a database that does not answer
// is a message, not a 500.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { createDb } from "@/db/client";
import { getDb } from "@/db";
import { auditLog, editions, people, programSessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { expireFromAction } from "@/lib/revalidate";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { adminMessages } from "@/messages/admin";
import { createSessionAction, updateSessionAction } from "@/app/admin/(protected)/program/sessions/actions";
import { updateEditionAction } from "@/app/admin/(protected)/program/edition/actions";
import { asAnonymous, asStaff, closeTestDb, interruptOf, refusal, testDb } from "./support/staff-harness";

/** What a form shows when the database did not answer (outside a request the reader's language is English). */
const DATABASE_DID_NOT_ANSWER = adminMessages.en.formKit.databaseDown;

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
vi.mock("@/lib/revalidate", () => ({ expireFromAction: vi.fn(), expireFromRoute: vi.fn(), expireTagsFromAction: vi.fn(), expireTagsFromRoute: vi.fn() }));
// The real audit writer, replaceable by a failing one for the rollback test.
vi.mock("@/lib/audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit")>();
  return { ...real, recordAudit: vi.fn(real.recordAudit) };
});
vi.mock("@/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/db")>();
  return { getDb: vi.fn(real.getDb) };
});

const dead = createDb("postgres://postgres@127.0.0.1:1/nowhere", { max: 1 });
const created: number[] = [];
let hallId = "";
let formatId = "";
let breakFormatId = "";
let personIds: number[] = [];

beforeAll(async () => {
  const db = testDb();
  await seedDemoContent(db);
  const [edition] = await db.select().from(editions).where(eq(editions.isCurrent, true));
  const choices = await db.query.halls.findMany({ where: (h, { eq }) => eq(h.editionId, edition!.id) });
  const formats = await db.query.sessionFormats.findMany({ where: (f, { eq }) => eq(f.editionId, edition!.id) });
  hallId = String(choices.find((h) => h.slug === "hall-b")!.id);
  formatId = String(formats.find((f) => f.key === "panel")!.id);
  breakFormatId = String(formats.find((f) => f.key === "break")!.id);
  const chosen = await db.select({ id: people.id }).from(people).where(inArray(people.slug, ["svetlana-belyaeva", "klaus-brenner", "nikolai-grishin"]));
  personIds = chosen.map((p) => p.id);
});

afterAll(async () => {
  if (created.length) await testDb().delete(programSessions).where(inArray(programSessions.id, created));
  await dead.pool.end();
  await closeTestDb();
});

beforeEach(() => {
  vi.mocked(expireFromAction).mockClear();
});

function sessionForm(overrides: Record<string, string> = {}): FormData {
  const data = new FormData();
  const fields: Record<string, string> = {
    titleEn: "Int session",
    titleRu: "Сессия",
    slugEn: "",
    slugRu: "",
    summaryEn: "",
    summaryRu: "",
    bodyEn: "Plain **text**.",
    bodyRu: "",
    formatId,
    trackId: "",
    hallId,
    day: "2012-04-20",
    start: "18:00",
    end: "19:00",
    status: "scheduled",
    "people.0.personId": String(personIds[0]),
    "people.0.role": "moderator",
    "people.1.personId": String(personIds[1]),
    "people.1.role": "speaker",
    ...overrides,
  };
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    const result = await run();
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const interrupt = interruptOf(error);
    if (!interrupt?.startsWith("redirect:")) throw error;
    return interrupt.slice("redirect:".length);
  }
}

const sessionCount = async () => (await testDb().select({ id: programSessions.id }).from(programSessions)).length;

describe("who may change the programme", () => {
  it("refuses signed-out callers and editors on the edition, changing nothing", async () => {
    const before = await sessionCount();
    asAnonymous();
    expect(await refusal(() => createSessionAction({}, sessionForm()))).toBe("redirect:/admin/login");
    expect(await refusal(() => updateSessionAction({}, sessionForm({ id: "1", version: "1" })))).toBe("redirect:/admin/login");
    expect(await refusal(() => updateEditionAction({}, new FormData()))).toBe("redirect:/admin/login");
    await asStaff("editor");
    expect(await refusal(() => updateEditionAction({}, new FormData()))).toBe("http:403");
    expect(await sessionCount()).toBe(before);
  });
});

describe("a save", () => {
  it("creates the session with its audit row and expires the programme, its day, the session and its people's pages", async () => {
    const editor = await asStaff("editor");
    const location = await redirectOf(() => createSessionAction({}, sessionForm({ titleEn: "Int expiry session" })));
    const id = Number(/\/admin\/program\/sessions\/(\d+)\?notice=created$/.exec(location)?.[1]);
    created.push(id);
    const [row] = await testDb().select().from(programSessions).where(eq(programSessions.id, id));
    expect(row).toMatchObject({ titleEn: "Int expiry session", slugEn: "int-expiry-session", slugRu: "sessiya" });
    const audit = await testDb().select().from(auditLog).where(eq(auditLog.entityId, String(id)));
    expect(audit.filter((a) => a.entity === "program_session")).toEqual([
      expect.objectContaining({ action: "create", actorEmail: editor.email, summary: expect.objectContaining({ code: row!.code, people: 2 }) }),
    ]);
    const { tags, paths } = vi.mocked(expireFromAction).mock.lastCall![0];
    expect(tags).toEqual(["program"]);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/en/program",
        "/ru/program/2012-04-20",
        `/en/program/${row!.code}-int-expiry-session`,
        `/ru/program/${row!.code}-sessiya`,
        "/en/speakers/svetlana-belyaeva",
        "/ru/speakers/klaus-brenner",
      ]),
    );
  });

  it("is undone when its audit row cannot be written: nothing saved, nothing expired, a clear message", async () => {
    await asStaff("editor");
    const before = await sessionCount();
    vi.mocked(recordAudit).mockRejectedValueOnce(new Error("audit table unavailable"));
    const state = await createSessionAction({}, sessionForm({ titleEn: "Int audit failure" }));
    expect(state.message).toBe(DATABASE_DID_NOT_ANSWER);
    expect(state.values?.titleEn).toBe("Int audit failure");
    expect(await sessionCount()).toBe(before);
    expect(expireFromAction).not.toHaveBeenCalled();
  });

  it("answers a database that does not answer, at the session check or at the save, with a message and the input kept", async () => {
    const realGetDb = vi.mocked(getDb).getMockImplementation()!;
    await asStaff("editor");
    const before = await sessionCount();
    vi.mocked(getDb).mockResolvedValueOnce(dead.db);
    const atCheck = await createSessionAction({}, sessionForm({ titleEn: "Int dead database" }));
    expect(atCheck.message).toBe(DATABASE_DID_NOT_ANSWER);
    expect(atCheck.values?.titleEn).toBe("Int dead database");
    vi.mocked(getDb)
      .mockImplementationOnce(realGetDb) // the session check
      .mockResolvedValueOnce(dead.db); // the save
    const atSave = await createSessionAction({}, sessionForm({ titleEn: "Int dead database, later" }));
    expect(atSave.message).toBe(DATABASE_DID_NOT_ANSWER);
    expect(atSave.values?.titleEn).toBe("Int dead database, later");
    expect(await sessionCount()).toBe(before);
  });

  it("refuses a service slot with people, an unknown person and a stale version, saving nothing", async () => {
    await asStaff("editor");
    const before = await sessionCount();
    const service = await createSessionAction({}, sessionForm({ formatId: breakFormatId }));
    expect(service.errors?.people?.[0]).toMatch(/has no speakers/);
    const unknown = await createSessionAction({}, sessionForm({ "people.1.personId": "2147483000" }));
    expect(unknown.errors?.people?.[0]).toMatch(/Unknown person/);
    const badRole = await createSessionAction({}, sessionForm({ "people.1.role": "owner" }));
    expect(badRole.errors?.["people.1.role"]?.[0]).toMatch(/Choose moderator/);
    expect(await sessionCount()).toBe(before);

    const location = await redirectOf(() => createSessionAction({}, sessionForm({ titleEn: "Int stale" })));
    const id = Number(/sessions\/(\d+)/.exec(location)?.[1]);
    created.push(id);
    await redirectOf(() => updateSessionAction({}, sessionForm({ id: String(id), version: "1", titleEn: "Int stale, first" })));
    const stale = await updateSessionAction({}, sessionForm({ id: String(id), version: "1", titleEn: "Int stale, second" }));
    expect(stale.message).toMatch(/Someone else saved this session/);
    expect(stale.values?.titleEn).toBe("Int stale, second");
    const [row] = await testDb().select().from(programSessions).where(eq(programSessions.id, id));
    expect(row).toMatchObject({ titleEn: "Int stale, first", version: 2 });
  });

  it("reports MDX problems with line and column under the body they belong to", async () => {
    await asStaff("editor");
    const state = await createSessionAction({}, sessionForm({ bodyRu: "Первая строка\n\n<iframe src=\"https://example.com\"></iframe>" }));
    // Worded by the write path in the reader's language: outside a request, English.
    expect(state.errors?.bodyRu).toEqual(["Line 3, column 1: <iframe> is not an allowed element."]);
    expect(state.errors?.bodyEn).toBeUndefined();
  });
});
