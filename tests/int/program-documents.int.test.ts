// The programme's gate and its files on the real database: while the current
// edition's programme is hidden every programme view, calendar and the JSON
// answer 404; once published, /program.json answers with an ETag and 304.
// Next's unstable_cache needs a running server's cache, so here it is the same
// small stand-in as in public-data-cache.int.test.ts (an entry per key, what
// the function returns is stored, a throw stores nothing); clearing it stands
// for the expiry of the `program` tag that a save will do.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { editions } from "@/db/schema";
import { loadProgramFor } from "@/lib/program/documents/common";
import { calendarResponse, programJsonResponse } from "@/lib/program/documents/files";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { closeTestDb, testDb } from "./support/staff-harness";

const store = vi.hoisted(() => ({ entries: new Map<string, unknown>(), keys: [] as string[][] }));

vi.mock("next/cache", async () => (await import("./support/next-stand-ins")).memoryDataCache(store));

let editionId: number;

async function setState(programState: "hidden" | "published") {
  await testDb().update(editions).set({ programState }).where(eq(editions.id, editionId));
  store.entries.clear();
  store.keys.length = 0;
}

beforeAll(async () => {
  await seedDemoContent(testDb());
  const [current] = await testDb().select().from(editions).where(eq(editions.isCurrent, true));
  editionId = current!.id;
});

beforeEach(() => setState("published"));

afterAll(async () => {
  await setState("published");
  await closeTestDb();
});

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

describe("a hidden programme", () => {
  it("gives every programme view nothing to show, and every calendar and the JSON a 404", async () => {
    expect(await loadProgramFor("en")).not.toBeNull();
    await setState("hidden");
    expect(await loadProgramFor("en")).toBeNull();
    expect(await loadProgramFor("ru")).toBeNull();
    for (const [scope, key] of [["all", "all"], ["session", "PL3NRY"], ["speaker", "pavel-gromov"]] as const) {
      expect((await calendarResponse(get(`/en/x.ics`), "en", scope, key)).status, `${scope} ${key}`).toBe(404);
    }
    expect((await programJsonResponse(get("/program.json"))).status).toBe(404);
  });
});

describe("/program.json", () => {
  it("answers 200 with a strong ETag, then 304 to it, and the same bytes again", async () => {
    const first = await programJsonResponse(get("/program.json"));
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const body = await first.text();
    expect(JSON.parse(body).schedule.conference.time_zone_name).toBe("Asia/Yekaterinburg");
    const again = await programJsonResponse(get("/program.json"));
    expect(await again.text()).toBe(body);
    const conditional = await programJsonResponse(get("/program.json", { "If-None-Match": `W/${etag}, "other"` }));
    expect(conditional.status).toBe(304);
    expect(await conditional.text()).toBe("");
    expect((await programJsonResponse(get("/program.json?lang=en"))).headers.get("etag")).not.toBe(etag);
    expect((await programJsonResponse(get("/program.json?lang=de"))).status).toBe(400);
  });

  it("stores nothing for calendars of sessions or people that do not exist", async () => {
    for (const [scope, key] of [["session", "ZZZZZZ"], ["session", "R8K2QF"], ["speaker", "nobody"], ["speaker", "pyotr-smirnov"], ["all", "other"], ["weekly", "all"]]) {
      expect((await calendarResponse(get("/x.ics"), "en", scope!, key!)).status, `${scope} ${key}`).toBe(404);
    }
    expect((await calendarResponse(get("/x.ics"), "fr", "all", "all")).status).toBe(404);
    // Only the snapshot itself was cached: no entry per made-up code or slug.
    expect(store.keys).toEqual([["program-snapshot"]]);
  });
});
