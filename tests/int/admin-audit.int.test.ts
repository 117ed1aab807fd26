import { randomBytes } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import AuditPage from "@/app/admin/(protected)/audit/page";
import { listAuditFacets, searchAudit } from "@/db/queries/audit";
import { auditLog } from "@/db/schema";
import { asAnonymous, asStaff, closeTestDb, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());

afterAll(closeTestDb);

const db = () => testDb();
const tag = randomBytes(4).toString("hex");
const entity = `test_thing_${tag}`;
const actorA = `Alice-${tag}@Int.Test`;
const actorB = `bob-${tag}@int.test`;

const render = async (params: Record<string, string | string[] | undefined>) =>
  renderToStaticMarkup(await AuditPage({ searchParams: Promise.resolve(params) }));

beforeAll(async () => {
  // 60 entries of one entity: Moscow days 2026-04-19, -20, -21 (20 each), two actors, two actions.
  const rows = Array.from({ length: 60 }, (_, i) => ({
    actorEmail: i % 2 === 0 ? actorA : actorB,
    action: i % 3 === 0 ? "publish" : "update",
    entity,
    entityId: String(i),
    // 2026-04-19T00:30 Moscow = 2026-04-18T21:30Z, then one hour apart within each day.
    at: new Date(Date.UTC(2026, 3, 18 + Math.floor(i / 20), 21, 30) + (i % 20) * 3_600_000 * 1.1),
    summary: { n: i, title: `<b>entry ${i}</b>` },
  }));
  await db().insert(auditLog).values(rows);
});

describe("audit log queries", () => {
  it("filter by entity, action, actor (any letter case) and Moscow-day range, newest first, paged", async () => {
    const all = await searchAudit(db(), { entity }, { limit: 100, offset: 0 });
    expect(all.total).toBe(60);
    const times = all.entries.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    expect((await searchAudit(db(), { entity, action: "publish" }, { limit: 100, offset: 0 })).total).toBe(20);
    expect((await searchAudit(db(), { entity, actor: actorA.toLowerCase() }, { limit: 100, offset: 0 })).total).toBe(30);

    // 2026-04-20 in Moscow: [2026-04-19T21:00Z, 2026-04-20T21:00Z) → entries 20..39.
    const day = await searchAudit(db(), { entity, from: new Date("2026-04-19T21:00:00Z"), before: new Date("2026-04-20T21:00:00Z") }, { limit: 100, offset: 0 });
    expect(day.entries.map((e) => Number(e.entityId)).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => 20 + i));

    const page2 = await searchAudit(db(), { entity }, { limit: 25, offset: 25 });
    expect(page2.total).toBe(60);
    expect(page2.entries.map((e) => e.entityId)).toEqual(all.entries.slice(25, 50).map((e) => e.entityId));
  });

  it("lists the values the filters can take", async () => {
    const facets = await listAuditFacets(db());
    expect(facets.entities).toContain(entity);
    expect(facets.actions).toEqual(expect.arrayContaining(["publish", "update"]));
    expect(facets.actors).toEqual(expect.arrayContaining([actorA, actorB]));
  });
});

describe("audit page", () => {
  it("refuses anonymous callers and editors, changing nothing", async () => {
    const before = JSON.stringify(await db().select().from(auditLog).orderBy(asc(auditLog.id)));
    asAnonymous();
    expect(await refusal(() => AuditPage({ searchParams: Promise.resolve({}) }))).toBe("redirect:/admin/login");
    await asStaff("editor");
    expect(await refusal(() => AuditPage({ searchParams: Promise.resolve({}) }))).toBe("http:403");
    expect(JSON.stringify(await db().select().from(auditLog).orderBy(asc(auditLog.id)))).toBe(before);
  });

  it("shows filtered entries in Moscow time, escaped, with pagination", async () => {
    await asStaff("admin");
    const html = await render({ entity, actor: actorB, from: "2026-04-21", to: "2026-04-21" });
    // Entries 41, 43, …, 59: ten of them, on 21 April in Moscow.
    expect(html).toContain("10 entries");
    expect(html).toContain("21 Apr 2026, 01:36"); // entry 41: 00:30 + 1.1 h, Moscow time
    expect(html).toContain("&lt;b&gt;entry 59&lt;/b&gt;");
    expect(html).not.toContain("<b>entry");
    expect(html).not.toContain("entry 58");

    const first = await render({ entity });
    expect(first).toContain("60 entries · page 1 of 2");
    expect(first).toContain(`href="/admin/audit?entity=${entity}&amp;page=2"`);
    const second = await render({ entity, page: "2" });
    expect(second).toContain("page 2 of 2");
    expect(second).toContain("entry 0&lt;");
    const beyond = await render({ entity, page: "7" });
    expect(beyond).toContain("There is no page 7");
  });

  it("answers bad filters with a message, never an exception", async () => {
    await asStaff("admin");
    for (const params of [{ from: "2026-02-30" }, { from: "2026-05-01", to: "2026-04-01" }, { page: "-3" }, { entity: "'; drop table audit_log; --" }, { page: ["x", "y"] }]) {
      const html = await render(params);
      expect(html, JSON.stringify(params)).toContain('role="alert"');
      expect(html).toContain("These filters cannot be used");
    }
    const ok = await render({ entity: "no_such_entity" });
    expect(ok).toContain("No entries match these filters.");
  });
});
