// Admin partners actions against the real database: refusal of anonymous
// callers with nothing changed, and what an editor's changes do.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import { auditLog, media, partnerRoles, partners } from "@/db/schema";
import { createPartner, createRole } from "@/db/queries/admin-partners";
import { createPartnerAction, deletePartnerAction, movePartnerAction, removePartnerLogoAction, updatePartnerAction } from "@/app/admin/(protected)/partners/actions";
import { createRoleAction, deleteRoleAction, moveRoleAction, updateRoleAction } from "@/app/admin/(protected)/partners/roles/actions";
import { POST as uploadLogo } from "@/app/admin/api/partners/[id]/logo/route";
import { asAnonymous, asStaff, closeTestDb, interruptOf, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
// Outside a Next request there is no cache to expire: record which tags the actions expire instead.
const expired = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/revalidate", () => ({
  // Actions and the upload route expire through the one write path (lib/admin/write-action.ts).
  expireFromAction: ({ tags }: { tags: string[] }) => expired.push(...tags),
  expireFromRoute: ({ tags }: { tags: string[] }) => expired.push(...tags),
  expireTagsFromAction: (...tags: string[]) => expired.push(...tags),
  expireTagsFromRoute: (...tags: string[]) => expired.push(...tags),
}));

// The run's database is shared with the other int files (one of which checks the demo wall exactly):
// leave it as this file found it.
let cleanup: () => Promise<void> = async () => undefined;
afterAll(async () => {
  await cleanup();
  await closeTestDb();
});

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

/** Everything the partners admin could change, to compare before and after. */
async function snapshot() {
  const db = testDb();
  return {
    roles: await db.select().from(partnerRoles).orderBy(asc(partnerRoles.id)),
    partners: await db.select().from(partners).orderBy(asc(partners.id)),
    media: (await db.select({ id: media.id, sha256: media.sha256 }).from(media).orderBy(asc(media.id))).map((m) => m.sha256),
    audit: (await db.select({ n: count() }).from(auditLog))[0]?.n,
  };
}

async function redirectOf(action: () => Promise<unknown>): Promise<string> {
  try {
    const result = await action();
    throw new Error(`no redirect; returned ${JSON.stringify(result)}`);
  } catch (error) {
    const interrupt = interruptOf(error);
    if (interrupt?.startsWith("redirect:")) return interrupt.slice("redirect:".length);
    throw error;
  }
}

async function positionsOf(roleId: number) {
  return (await testDb().select({ id: partners.id, position: partners.position }).from(partners).where(eq(partners.roleId, roleId)).orderBy(asc(partners.position))).map(
    (r) => [r.id, r.position],
  );
}

async function markCleanup() {
  const db = testDb();
  const maxId = async (table: typeof partners | typeof partnerRoles | typeof media) =>
    (await db.select({ n: sql<number>`coalesce(max(${table.id}), 0)::int` }).from(table))[0]?.n ?? 0;
  const [lastPartner, lastRole, lastMedia] = [await maxId(partners), await maxId(partnerRoles), await maxId(media)];
  cleanup = async () => {
    await db.delete(partners).where(gt(partners.id, lastPartner));
    await db.delete(partnerRoles).where(gt(partnerRoles.id, lastRole));
    await db.delete(media).where(gt(media.id, lastMedia));
  };
}

let roleA: number;
let roleB: number;
let first: number;
let second: number;

beforeAll(async () => {
  await markCleanup();
  const db = testDb();
  roleA = (await createRole(db, { labelEn: "Int sponsors", labelRu: "Спонсоры", kind: "partner" }, "int-sponsors")).id;
  roleB = (await createRole(db, { labelEn: "Int media", labelRu: "СМИ", kind: "partner" }, "int-media")).id;
  const a = await createPartner(db, { nameEn: "First Co", nameRu: "Первая", url: "https://first.example", roleId: roleA, visible: true });
  const b = await createPartner(db, { nameEn: "Second Co", nameRu: "Вторая", url: null, roleId: roleA, visible: true });
  if (!a.ok || !b.ok) throw new Error("arrange failed");
  first = a.partner.id;
  second = b.partner.id;
});

beforeEach(() => {
  expired.length = 0;
});

describe("anonymous callers", () => {
  it("are refused by every partners action and route handler, and nothing changes", async () => {
    asAnonymous();
    const before = await snapshot();
    const partnerFields = { nameEn: "Intruder", nameRu: "Взломщик", url: "https://evil.example", roleId: roleA, visible: "on" };
    const calls: [string, () => Promise<unknown>][] = [
      ["createPartner", () => createPartnerAction({}, form(partnerFields))],
      ["updatePartner", () => updatePartnerAction({}, form({ ...partnerFields, id: first, version: 1 }))],
      ["deletePartner", () => deletePartnerAction({}, form({ id: first }))],
      ["removeLogo", () => removePartnerLogoAction(form({ id: first }))],
      ["movePartner", () => movePartnerAction(form({ id: second, direction: "up" }))],
      ["createRole", () => createRoleAction({}, form({ labelEn: "X", labelRu: "X", kind: "partner" }))],
      ["updateRole", () => updateRoleAction({}, form({ id: roleA, labelEn: "X", labelRu: "X", kind: "organizer" }))],
      ["deleteRole", () => deleteRoleAction({}, form({ id: roleB }))],
      ["moveRole", () => moveRoleAction(form({ id: roleB, direction: "up" }))],
    ];
    for (const [name, call] of calls) expect(await refusal(call), name).toBe("redirect:/admin/login");

    const upload = new FormData();
    upload.set("logo", new Blob([Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')]), "logo.svg");
    for (const accept of ["application/json", "text/html"]) {
      const response = await uploadLogo(new Request(`http://podium.test/admin/api/partners/${first}/logo`, { method: "POST", body: upload, headers: { accept } }), {
        params: Promise.resolve({ id: String(first) }),
      });
      expect(response.status).toBe(401);
    }
    expect(await snapshot()).toEqual(before);
    expect(expired).toEqual([]);
  });
});

describe("partners as an editor", () => {
  it("creates a partner at the end of its role, with an audit entry, and expires the partners tag", async () => {
    const editor = await asStaff("editor");
    const target = await redirectOf(() =>
      createPartnerAction({}, form({ nameEn: "  Third Co  ", nameRu: "Третья", url: "http://third.example/path?q=1", roleId: roleA, visible: "on" })),
    );
    const id = Number(/^\/admin\/partners\/(\d+)\?created=1$/.exec(target)?.[1]);
    const [row] = await testDb().select().from(partners).where(eq(partners.id, id));
    expect(row).toMatchObject({ nameEn: "Third Co", url: "http://third.example/path?q=1", roleId: roleA, position: 2, visible: true, version: 1 });
    expect(expired).toEqual(["partners"]);
    const [entry] = await testDb().select().from(auditLog).where(and(eq(auditLog.entity, "partner"), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ actorEmail: editor.email, action: "create", entity: "partner" });
  });

  it("refuses site addresses that are not http(s), keeping every field as typed", async () => {
    await asStaff("editor");
    const before = await snapshot();
    for (const url of ["javascript:alert(1)", "data:text/html,<script>x</script>", "ftp://files.example", "mailto:a@b.example", "example.com", "https://user:pw@x.example"]) {
      const fields = { nameEn: "Bad Url Ltd", nameRu: "Плохой адрес", url, roleId: String(roleA), visible: "on" };
      const state = await createPartnerAction({}, form(fields));
      expect(state.errors?.url?.[0], url).toMatch(/https:\/\/|web address/);
      expect(state.values).toMatchObject(fields);
    }
    const empty = await createPartnerAction({}, form({ nameEn: "  ", nameRu: "", url: "", roleId: "nope" }));
    expect(Object.keys(empty.errors ?? {}).sort()).toEqual(["nameEn", "nameRu", "roleId"]);
    expect(await snapshot()).toEqual(before);
    expect(expired).toEqual([]);
  });

  it("saves an edit, refuses a stale version with the input kept, and hides a partner", async () => {
    await asStaff("editor");
    const fields = { id: first, version: 1, nameEn: "First Company", nameRu: "Первая компания", url: "https://first.example", roleId: roleA, visible: "on" };
    expect(await redirectOf(() => updatePartnerAction({}, form(fields)))).toBe(`/admin/partners?notice=partner-saved&id=${first}#partner-${first}`);
    const stale = await updatePartnerAction({}, form({ ...fields, nameEn: "Lost Update" }));
    expect(stale.message).toMatch(/Someone else saved this partner/);
    expect(stale.values?.nameEn).toBe("Lost Update");
    expect((await testDb().select().from(partners).where(eq(partners.id, first)))[0]).toMatchObject({ nameEn: "First Company", version: 2 });

    const { visible: _visible, ...hidden } = { ...fields, version: 2 };
    await redirectOf(() => updatePartnerAction({}, form(hidden)));
    expect((await testDb().select().from(partners).where(eq(partners.id, first)))[0]).toMatchObject({ visible: false, version: 3 });
    expect(expired).toEqual(["partners", "partners"]);
  });

  it("undoes a partner or role change whose audit row cannot be written, expiring nothing (one transaction)", async () => {
    await asStaff("editor");
    const db = testDb();
    await db.execute(sql`CREATE OR REPLACE FUNCTION int_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
    await db.execute(sql`CREATE TRIGGER int_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION int_fail_audit()`);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const before = await snapshot();
      expired.length = 0;
      const fields = { nameEn: "Unaudited Ltd", nameRu: "Без журнала", url: "", roleId: String(roleB), visible: "on" };
      const created = await createPartnerAction({}, form(fields));
      expect(created.message).toMatch(/Nothing was changed/);
      expect(created.values).toMatchObject(fields);
      const [current] = await db.select().from(partners).where(eq(partners.id, second));
      const updated = await updatePartnerAction({}, form({ ...fields, id: String(second), version: String(current!.version) }));
      expect(updated.message).toMatch(/Nothing was changed/);
      const role = await createRoleAction({}, form({ labelEn: "Unaudited role", labelRu: "Роль", kind: "partner" }));
      expect(role.message).toMatch(/Nothing was changed/);
      const deleted = await deletePartnerAction({}, form({ id: second }));
      expect(deleted.message).toMatch(/Nothing was changed/);
      expect(await snapshot()).toEqual(before);
      expect(expired).toEqual([]);
    } finally {
      errors.mockRestore();
      await db.execute(sql`DROP TRIGGER int_fail_audit ON audit_log`);
      await db.execute(sql`DROP FUNCTION int_fail_audit()`);
    }
  });

  it("keeps the form's input when the database fails", async () => {
    await asStaff("editor");
    const db = testDb();
    await db.execute(sql`CREATE OR REPLACE FUNCTION int_fail_partners() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated outage'; END $$`);
    await db.execute(sql`CREATE TRIGGER int_fail_partners BEFORE INSERT OR UPDATE ON partners FOR EACH ROW EXECUTE FUNCTION int_fail_partners()`);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const before = await snapshot();
      const fields = { nameEn: "Kept Ltd", nameRu: "Сохранённое", url: "https://kept.example", roleId: String(roleB), visible: "on" };
      const created = await createPartnerAction({}, form(fields));
      expect(created.message).toMatch(/database did not answer/);
      expect(created.values).toMatchObject(fields);
      const [current] = await db.select().from(partners).where(eq(partners.id, second));
      const edit = { ...fields, id: String(second), version: String(current!.version) };
      const updated = await updatePartnerAction({}, form(edit));
      expect(updated.values).toMatchObject(edit);
      expect(updated.message).toMatch(/input is still here/);
      expect(await snapshot()).toEqual(before);
    } finally {
      errors.mockRestore();
      await db.execute(sql`DROP TRIGGER int_fail_partners ON partners`);
    }
    expect(expired).toEqual([]);
  });

  it("moves a partner up and down within its role, keeping positions dense", async () => {
    await asStaff("editor");
    const start = await positionsOf(roleA);
    const ids = start.map(([id]) => id);
    expect(start.map(([, p]) => p)).toEqual([0, 1, 2]);
    expect(await redirectOf(() => movePartnerAction(form({ id: ids[1]!, direction: "up" })))).toBe(`/admin/partners#partner-${ids[1]}`);
    expect(await positionsOf(roleA)).toEqual([
      [ids[1], 0],
      [ids[0], 1],
      [ids[2], 2],
    ]);
    await redirectOf(() => movePartnerAction(form({ id: ids[1]!, direction: "up" }))); // already first: nothing changes
    await redirectOf(() => movePartnerAction(form({ id: ids[1]!, direction: "down" })));
    expect((await positionsOf(roleA)).map(([id]) => id)).toEqual(ids);
    expect(expired).toEqual(["partners", "partners"]);
    const moves = await testDb().select().from(auditLog).where(and(eq(auditLog.entity, "partner"), eq(auditLog.action, "reorder")));
    expect(moves).toHaveLength(2);
  });

  it("moves a partner to the end of another role and renumbers the old one", async () => {
    await asStaff("editor");
    const [row] = await testDb().select().from(partners).where(eq(partners.id, first));
    await redirectOf(() =>
      updatePartnerAction({}, form({ id: first, version: row!.version, nameEn: row!.nameEn, nameRu: row!.nameRu, url: "", roleId: roleB, visible: "on" })),
    );
    expect((await positionsOf(roleA)).map(([, p]) => p)).toEqual([0, 1]);
    expect(await positionsOf(roleB)).toEqual([[first, 0]]);
  });

  it("deletes a partner and renumbers its role", async () => {
    await asStaff("editor");
    const throwaway = await createPartner(testDb(), { nameEn: "Gone Soon", nameRu: "Скоро нет", url: null, roleId: roleB, visible: true });
    if (!throwaway.ok) throw new Error("arrange failed");
    await redirectOf(() => movePartnerAction(form({ id: throwaway.partner.id, direction: "up" })));
    expect(await redirectOf(() => deletePartnerAction({}, form({ id: throwaway.partner.id })))).toBe("/admin/partners?notice=partner-deleted");
    expect(await positionsOf(roleB)).toEqual([[first, 0]]);
    expect((await deletePartnerAction({}, form({ id: throwaway.partner.id }))).message).toMatch(/no longer exists/);
  });
});

describe("roles as an editor", () => {
  it("creates a role at the end with a unique key, edits it, and moves it up", async () => {
    await asStaff("editor");
    const target = await redirectOf(() => createRoleAction({}, form({ labelEn: "Int Media", labelRu: "Медиа", kind: "partner" })));
    const id = Number(/id=(\d+)/.exec(target)?.[1]);
    const roles = await testDb().select().from(partnerRoles).orderBy(asc(partnerRoles.position));
    expect(roles.at(-1)).toMatchObject({ id, key: "int-media-2", position: roles.length - 1, labelRu: "Медиа" });

    await redirectOf(() => updateRoleAction({}, form({ id, labelEn: "Int Television", labelRu: "Телевидение", kind: "operator" })));
    expect((await testDb().select().from(partnerRoles).where(eq(partnerRoles.id, id)))[0]).toMatchObject({ labelEn: "Int Television", kind: "operator", key: "int-media-2" });

    const invalid = await createRoleAction({}, form({ labelEn: "", labelRu: "Х", kind: "sponsor" }));
    expect(Object.keys(invalid.errors ?? {}).sort()).toEqual(["kind", "labelEn"]);
    expect(invalid.values).toMatchObject({ labelRu: "Х", kind: "sponsor" });

    await redirectOf(() => moveRoleAction(form({ id, direction: "up" })));
    const order = (await testDb().select().from(partnerRoles).orderBy(asc(partnerRoles.position))).map((r) => [r.id, r.position]);
    expect(order.map(([, p]) => p)).toEqual(order.map((_, i) => i));
    expect(order.at(-2)?.[0]).toBe(id);
    expect(expired).toEqual(["partners", "partners", "partners"]);
  });

  it("refuses to delete a role that still has partners, saying so, and deletes an empty one", async () => {
    await asStaff("editor");
    const before = await snapshot();
    const refused = await deleteRoleAction({}, form({ id: roleA }));
    expect(refused.message).toMatch(/cannot be deleted because 2 partners still have it/);
    expect(await snapshot()).toEqual(before);
    expect(expired).toEqual([]);

    const empty = await createRole(testDb(), { labelEn: "Empty", labelRu: "Пусто", kind: "partner" }, "empty");
    await redirectOf(() => moveRoleAction(form({ id: empty.id, direction: "up" })));
    expect(await redirectOf(() => deleteRoleAction({}, form({ id: empty.id })))).toBe("/admin/partners?notice=role-deleted");
    const positions = (await testDb().select().from(partnerRoles).orderBy(asc(partnerRoles.position))).map((r) => r.position);
    expect(positions).toEqual(positions.map((_, i) => i));
  });
});
