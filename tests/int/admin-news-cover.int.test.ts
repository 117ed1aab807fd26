// News cover images through the real route handler: who may change them, what
// is stored (re-encoded, bounded), what is refused with nothing changed, that
// the text's version lock is left alone, and what the public page reads.
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { auditLog, media, newsArticles } from "@/db/schema";
import { getPublishedArticle } from "@/db/queries/news";
import { DELETE as deleteCover, POST as postCover } from "@/app/admin/api/news/[id]/cover/route";
import { createDb } from "@/db/client";
import { getDb } from "@/db";
import { asAnonymous, asStaff, closeTestDb, refusal, testDb } from "./support/staff-harness";
import { expectUploadRefused } from "./support/upload-refusal";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
const expired = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/revalidate", () => {
  const record = ({ tags, paths }: { tags: string[]; paths: string[] }) => expired.push(...tags, ...paths.map((p) => `path:${p}`));
  return {
    expireFromAction: record,
    expireFromRoute: record,
    expireTagsFromAction: (...tags: string[]) => expired.push(...tags),
    expireTagsFromRoute: (...tags: string[]) => expired.push(...tags),
  };
});

// The app's getDb, switchable to a server that refuses connections for the "database down" test.
vi.mock("@/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/db")>();
  return { getDb: vi.fn(real.getDb) };
});
const dead = createDb("postgres://postgres@127.0.0.1:1/nowhere", { max: 1 });

// The run's database is shared with the other int files: leave it as this file found it.
let cleanup: () => Promise<void> = async () => undefined;
afterAll(async () => {
  await dead.pool.end();
  await cleanup();
  await closeTestDb();
});

let articleId: number;
const slug = `cover-test-${Date.now().toString(36)}`;

beforeAll(async () => {
  const db = testDb();
  const lastMedia = (await db.select({ n: sql<number>`coalesce(max(${media.id}), 0)::int` }).from(media))[0]?.n ?? 0;
  const [article] = await db
    .insert(newsArticles)
    .values({ locale: "en", slug, title: "Cover test", lede: "Lede.", body: "Body.", status: "published", publishedAt: new Date(Date.now() - 60_000) })
    .returning({ id: newsArticles.id });
  articleId = article!.id;
  cleanup = async () => {
    await db.delete(newsArticles).where(eq(newsArticles.id, articleId));
    await db.delete(media).where(gt(media.id, lastMedia));
  };
});

beforeEach(async () => {
  expired.length = 0;
  await asStaff("editor");
});

type Fields = { file?: Buffer; name?: string; type?: string; alt?: string; intent?: string };

function request(fields: Fields, { accept = "application/json", headers = {} as Record<string, string>, id = articleId, method = "POST" } = {}) {
  const body = new FormData();
  if (fields.file) body.set("cover", new Blob([new Uint8Array(fields.file)], { type: fields.type ?? "image/jpeg" }), fields.name ?? "cover.jpg");
  if (fields.alt !== undefined) body.set("alt", fields.alt);
  if (fields.intent) body.set("intent", fields.intent);
  const init = method === "POST" ? { method, body, headers: { accept, ...headers } } : { method, headers: { accept, ...headers } };
  const req = new Request(`http://podium.test/admin/api/news/${id}/cover`, init);
  const context = { params: Promise.resolve({ id: String(id) }) };
  return method === "POST" ? postCover(req, context) : deleteCover(req, context);
}

async function state() {
  const db = testDb();
  const [article] = await db
    .select({ coverMediaId: newsArticles.coverMediaId, coverAlt: newsArticles.coverAlt, version: newsArticles.version })
    .from(newsArticles)
    .where(eq(newsArticles.id, articleId));
  const [mediaCount] = await db.select({ n: sql<number>`count(*)::int` }).from(media);
  const [auditCount] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return { ...article, media: mediaCount?.n, audit: auditCount?.n };
}

async function storedCover() {
  const [row] = await testDb()
    .select({ mime: media.mime, bytes: media.bytes, width: media.width, height: media.height })
    .from(media)
    .innerJoin(newsArticles, eq(newsArticles.coverMediaId, media.id))
    .where(eq(newsArticles.id, articleId));
  if (!row) throw new Error("no cover stored");
  return row;
}

const expectRefused = (response: Response, status: number, code: string, before: Awaited<ReturnType<typeof state>>) =>
  expectUploadRefused(response, { status, code }, { before, state, expired });

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 170 } } })
    .composite([{ input: { create: { width: Math.floor(width / 2), height: Math.floor(height / 2), channels: 3, background: "#e0a030" } } }])
    .withMetadata({ exif: { IFD0: { Copyright: "secret-exif-marker" } } });

describe("news cover route", () => {
  it("refuses anonymous callers and leaves the database unchanged", async () => {
    const before = await state();
    asAnonymous();
    const file = await photo(200, 100).jpeg().toBuffer();
    expect(await refusal(() => request({ file, alt: "A photo" }))).toBe("status:401");
    expect(await refusal(() => request({}, { method: "DELETE" }))).toBe("status:401");
    expect(await state()).toEqual(before);
    expect(expired).toEqual([]);
  });

  it("lets an editor upload a photo: scaled to 1600 px, metadata gone, audited, public page reads it, version untouched", async () => {
    const before = await state();
    const response = await request({ file: await photo(3200, 1800).jpeg({ quality: 95 }).toBuffer(), alt: "  Delegates in   the hall " });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; cover: { url: string; width: number; height: number; alt: string } };
    expect(body.cover).toMatchObject({ width: 1600, height: 900, alt: "Delegates in the hall" });
    expect(body.cover.url).toMatch(/^\/media\/[0-9a-f]{64}\.jpg$/);
    const stored = await storedCover();
    expect(stored).toMatchObject({ mime: "image/jpeg", width: 1600, height: 900 });
    expect(stored.bytes.toString("latin1")).not.toContain("secret-exif-marker");
    expect((await sharp(stored.bytes).metadata()).exif).toBeUndefined();

    const after = await state();
    // Not under the text's lock: the editor's open form (carrying `version`) still saves.
    expect(after.version).toBe(before.version);
    expect(after.coverAlt).toBe("Delegates in the hall");

    // The cover shows on the article page only: its page and sitemap entry, no list (a fresh test database: id < 40,000).
    expect(expired).toEqual([`news-slug:en:${slug}`, "sitemap:news-1.xml", `path:/en/news/${slug}`, "path:/sitemap.xml"]);
    const [entry] = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "news_article"), eq(auditLog.entityId, String(articleId))))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({ action: "upload", summary: expect.objectContaining({ changed: ["cover"], mime: "image/jpeg", from: "jpeg" }) });

    const article = await getPublishedArticle(testDb(), "en", slug);
    expect(article?.cover).toEqual({ url: body.cover.url, width: 1600, height: 900, alt: "Delegates in the hall" });
  });

  it("changes only the alt text when no file is sent", async () => {
    const before = await state();
    const response = await request({ alt: "The plenary session" });
    expect(response.status).toBe(200);
    const after = await state();
    expect(after).toMatchObject({ coverMediaId: before.coverMediaId, coverAlt: "The plenary session", version: before.version });
  });

  it("rasterizes a script-bearing SVG to an inert WebP", async () => {
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="200" onload="alert('svg-onload')">` +
        `<script>alert('svg-script')</script><a xlink:href="javascript:alert('svg-link')"><rect width="400" height="200" fill="#8a1538"/></a></svg>`,
    );
    const response = await request({ file: svg, name: "cover.svg", type: "image/svg+xml", alt: "Red banner" });
    expect(response.status).toBe(200);
    const stored = await storedCover();
    expect(stored.mime).toBe("image/webp");
    expect((await sharp(stored.bytes).metadata()).format).toBe("webp");
    const text = stored.bytes.toString("latin1");
    for (const marker of ["<script", "svg-script", "svg-onload", "javascript:", "<svg"]) expect(text).not.toContain(marker);
  });

  it("refuses wrongly typed, oversize, too large in pixels and alt-less uploads, changing nothing", async () => {
    const before = await state();
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);
    await expectRefused(await request({ file: elf, name: "cover.jpg", alt: "x" }), 415, "unsupported-type", before);
    const gif = Buffer.concat([Buffer.from("GIF89a/*"), Buffer.alloc(32, 0), Buffer.from("*/=1;alert('gif-js');")]);
    await expectRefused(await request({ file: gif, name: "cover.gif", type: "image/gif", alt: "x" }), 415, "unsupported-type", before);
    const jpeg = await photo(40, 40).jpeg().toBuffer();
    await expectRefused(await request({ file: Buffer.concat([jpeg, Buffer.alloc(2 * 1024 * 1024)]), alt: "x" }), 413, "too-large", before);
    const tall = await sharp({ create: { width: 10, height: 4001, channels: 3, background: "#fff" } }).png().toBuffer();
    await expectRefused(await request({ file: tall, name: "tall.png", type: "image/png", alt: "x" }), 422, "too-many-pixels", before);
    await expectRefused(await request({ file: jpeg, alt: "   " }), 400, "alt-missing", before);
    await expectRefused(await request({ file: jpeg, alt: "x".repeat(301) }), 400, "alt-too-long", before);
  });

  it("refuses a post from another site, and answers 404 for an unknown article", async () => {
    const before = await state();
    const jpeg = await photo(40, 40).jpeg().toBuffer();
    const crossSite = await request({ file: jpeg, alt: "x" }, { headers: { origin: "https://evil.example", host: "podium.test" } });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: string }).error).toBe("This upload came from another site.");
    // Worded in the browser's admin language (its cookie), which needs no database.
    const crossSiteRu = await request({ file: jpeg, alt: "x" }, { headers: { origin: "https://evil.example", host: "podium.test", cookie: "podium_admin_lang=ru" } });
    expect(((await crossSiteRu.json()) as { error: string }).error).toBe("Эта загрузка отправлена с другого сайта.");
    const unknown = await request({ file: jpeg, alt: "x" }, { id: 2_000_000_000 });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/no longer exists/);
    expect((await request({}, { id: 2_000_000_000, method: "DELETE" })).status).toBe(404);
    expect(await state()).toEqual(before);
    expect(expired).toEqual([]);
  });

  it("says so clearly when the database does not answer, changing nothing", async () => {
    const before = await state();
    const file = await photo(200, 100).jpeg().toBuffer();
    const live = await getDb();
    // getDb is asked for the session check, the article look-up, then the write: down at each in turn.
    vi.mocked(getDb).mockResolvedValueOnce(dead.db);
    await expectRefused(await request({ file, alt: "x" }), 503, "database", before);
    vi.mocked(getDb).mockResolvedValueOnce(live).mockResolvedValueOnce(dead.db);
    await expectRefused(await request({ file, alt: "x" }), 503, "database", before);
    vi.mocked(getDb).mockResolvedValueOnce(live).mockResolvedValueOnce(live).mockResolvedValueOnce(dead.db);
    await expectRefused(await request({ file, alt: "x" }), 503, "database", before);
    vi.mocked(getDb).mockResolvedValueOnce(live).mockResolvedValueOnce(live).mockResolvedValueOnce(dead.db);
    await expectRefused(await request({}, { method: "DELETE" }), 503, "database", before);
  });

  it("removes the cover by DELETE and by a plain form post, redirecting the latter back to the editor", async () => {
    expect((await request({}, { method: "DELETE" })).status).toBe(200);
    expect(await state()).toMatchObject({ coverMediaId: null, coverAlt: "" });
    expect((await getPublishedArticle(testDb(), "en", slug))?.cover).toBeNull();
    // An alt change with no cover to describe is a clear refusal.
    expired.length = 0;
    const before = await state();
    await expectRefused(await request({ alt: "Nothing there" }), 400, "no-cover", before);

    const saved = await request({ file: await photo(300, 200).png().toBuffer(), name: "c.png", type: "image/png", alt: "Again" }, { accept: "text/html" });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/admin/news/${articleId}?cover=saved#cover`);
    expect((await storedCover()).mime).toBe("image/webp");
    const removed = await request({ intent: "remove" }, { accept: "text/html" });
    expect(removed.headers.get("location")).toBe(`/admin/news/${articleId}?cover=removed#cover`);
    expect((await state()).coverMediaId).toBeNull();
  });
});
