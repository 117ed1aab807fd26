// Hostile logo uploads through the real route handler, as a signed-in editor:
// each is refused with nothing stored, or re-encoded so nothing of it survives.
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import { auditLog, media, partnerRoles, partners } from "@/db/schema";
import { createPartner, createRole } from "@/db/queries/admin-partners";
import { POST as uploadLogo } from "@/app/admin/api/partners/[id]/logo/route";
import { asStaff, closeTestDb, testDb } from "./support/staff-harness";
import { expectUploadRefused } from "./support/upload-refusal";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
const expired = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/revalidate", () => ({
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

let partnerId: number;

beforeAll(async () => {
  await markCleanup();
  const db = testDb();
  const role = await createRole(db, { labelEn: "Upload tests", labelRu: "Загрузки", kind: "partner" }, "upload-tests");
  const created = await createPartner(db, { nameEn: "Logo Co", nameRu: "Лого", url: null, roleId: role.id, visible: true });
  if (!created.ok) throw new Error("arrange failed");
  partnerId = created.partner.id;
});

beforeEach(async () => {
  expired.length = 0;
  await asStaff("editor");
});

function upload(bytes: Buffer, { name = "logo.png", type = "image/png", accept = "application/json", headers = {} as Record<string, string>, id = partnerId } = {}) {
  const body = new FormData();
  body.set("logo", new Blob([new Uint8Array(bytes)], { type }), name);
  const request = new Request(`http://podium.test/admin/api/partners/${id}/logo`, { method: "POST", body, headers: { accept, ...headers } });
  return uploadLogo(request, { params: Promise.resolve({ id: String(id) }) });
}

async function state() {
  const db = testDb();
  const [partner] = await db.select({ logoMediaId: partners.logoMediaId }).from(partners).where(eq(partners.id, partnerId));
  return {
    logoMediaId: partner?.logoMediaId ?? null,
    media: (await db.select({ sha256: media.sha256 }).from(media).orderBy(asc(media.id))).map((m) => m.sha256),
    audit: (await db.select({ n: count() }).from(auditLog))[0]?.n,
  };
}

async function storedLogo() {
  const db = testDb();
  const [row] = await db.select({ mime: media.mime, bytes: media.bytes, width: media.width }).from(media).innerJoin(partners, eq(partners.logoMediaId, media.id)).where(eq(partners.id, partnerId));
  if (!row) throw new Error("no logo stored");
  return row;
}

const expectRefused = (response: Response, status: number, code: string, before: Awaited<ReturnType<typeof state>>) =>
  expectUploadRefused(response, { status, code }, { before, state, expired });

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: { r: 20, g: 90, b: 160, alpha: 1 } } });

describe("logo upload route", () => {
  it("stores a real PNG as a re-encoded image, sets the logo, audits and expires the partners tag", async () => {
    const response = await upload(await solid(400, 120).png().toBuffer());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; logo: { url: string; width: number; height: number } };
    expect(body.ok).toBe(true);
    expect(body.logo).toMatchObject({ width: 400, height: 120 });
    expect(body.logo.url).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
    expect((await storedLogo()).mime).toBe("image/png");
    expect(expired).toEqual(["partners"]);
    const [entry] = await testDb().select().from(auditLog).where(and(eq(auditLog.entity, "partner"), eq(auditLog.action, "upload")));
    expect(entry).toMatchObject({ entity: "partner", entityId: String(partnerId) });
  });

  it("rasterizes a script-bearing SVG: what is stored is a PNG with no trace of the script", async () => {
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="80" onload="alert('svg-onload')">` +
        `<script type="text/javascript">alert('svg-script')</script><a xlink:href="javascript:alert('svg-link')"><rect width="200" height="80" fill="#8a1538"/></a></svg>`,
    );
    const response = await upload(svg, { name: "logo.svg", type: "image/svg+xml" });
    expect(response.status).toBe(200);
    const stored = await storedLogo();
    expect(stored.mime).toBe("image/png");
    expect(stored.bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const text = stored.bytes.toString("latin1");
    for (const marker of ["<script", "svg-script", "svg-onload", "javascript:", "<svg"]) expect(text).not.toContain(marker);
    expect((await sharp(stored.bytes).metadata()).format).toBe("png");
  });

  it("re-encodes a PNG with HTML appended, so the appended bytes are gone", async () => {
    const png = await solid(64, 64).png().toBuffer();
    const response = await upload(Buffer.concat([png, Buffer.from("<html><script>alert('appended-html')</script></html>")]), { name: "logo.png.html" });
    expect(response.status).toBe(200);
    const stored = await storedLogo();
    expect(stored.bytes.toString("latin1")).not.toContain("appended-html");
    expect(stored.bytes.toString("latin1")).not.toContain("<script");
  });

  it("refuses a GIF/JavaScript polyglot, storing nothing", async () => {
    const before = await state();
    const gifJs = Buffer.concat([Buffer.from("GIF89a/*"), Buffer.alloc(32, 0), Buffer.from("*/=1;alert('gif-js');")]);
    await expectRefused(await upload(gifJs, { name: "logo.gif", type: "image/gif" }), 415, "unsupported-type", before);
  });

  it("refuses an executable named logo.png and sent as image/png, storing nothing", async () => {
    const before = await state();
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);
    await expectRefused(await upload(elf, { name: "logo.png", type: "image/png" }), 415, "unsupported-type", before);
  });

  it("refuses files over 2 MB, whether the request or only the file is too big, storing nothing", async () => {
    const before = await state();
    // Random pixels do not compress: a real PNG of over 2 MB.
    const noisy = await sharp(Buffer.from(Array.from({ length: 1000 * 800 * 3 }, () => Math.floor(Math.random() * 256))), { raw: { width: 1000, height: 800, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(2 * 1024 * 1024);
    await expectRefused(await upload(noisy), 413, "too-large", before);
    // Just over 2 MB: the request fits its limit, the file does not.
    await expectRefused(await upload(Buffer.concat([await solid(8, 8).png().toBuffer(), Buffer.alloc(2 * 1024 * 1024)])), 413, "too-large", before);
    // A declared length over the limit is refused before the body is read.
    const lying = new Request(`http://podium.test/admin/api/partners/${partnerId}/logo`, {
      method: "POST",
      body: new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(1024)) }),
      headers: { accept: "application/json", "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
      duplex: "half",
    } as RequestInit);
    await expectRefused(await uploadLogo(lying, { params: Promise.resolve({ id: String(partnerId) }) }), 413, "too-large", before);
  });

  it("refuses images over 4000 × 4000 pixels and decompression bombs, storing nothing", async () => {
    const before = await state();
    await expectRefused(await upload(await sharp({ create: { width: 10, height: 4001, channels: 3, background: "#fff" } }).png().toBuffer()), 422, "too-many-pixels", before);
    const bomb = await sharp({ create: { width: 10000, height: 10000, channels: 3, background: "#000" } }).png({ compressionLevel: 9 }).toBuffer();
    await expectRefused(await upload(bomb), 422, "too-many-pixels", before);
  });

  it("refuses undecodable and empty files, storing nothing", async () => {
    const before = await state();
    const png = await solid(300, 300).png().toBuffer();
    await expectRefused(await upload(png.subarray(0, 80)), 422, "undecodable", before);
    await expectRefused(await upload(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><rect")), 422, "undecodable", before);
    await expectRefused(await upload(Buffer.alloc(0), { name: "empty.png" }), 400, "empty", before);
    const nothing = new Request(`http://podium.test/admin/api/partners/${partnerId}/logo`, { method: "POST", body: new FormData(), headers: { accept: "application/json" } });
    await expectRefused(await uploadLogo(nothing, { params: Promise.resolve({ id: String(partnerId) }) }), 400, "missing", before);
  });

  it("stores nothing when the audit row cannot be written: image, logo link and audit commit together", async () => {
    const db = testDb();
    await db.execute(sql`CREATE OR REPLACE FUNCTION int_fail_audit_upload() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
    await db.execute(sql`CREATE TRIGGER int_fail_audit_upload BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION int_fail_audit_upload()`);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const before = await state();
      // A colour no other test uses, so the image is new to the media table.
      const png = await sharp({ create: { width: 300, height: 100, channels: 3, background: { r: 7, g: 201, b: 33 } } }).png().toBuffer();
      const response = await upload(png);
      expect(response.status).toBe(503);
      expect(await state()).toEqual(before);
      expect(expired).toEqual([]);
    } finally {
      errors.mockRestore();
      await db.execute(sql`DROP TRIGGER int_fail_audit_upload ON audit_log`);
      await db.execute(sql`DROP FUNCTION int_fail_audit_upload()`);
    }
  });

  it("answers a plain form post with a redirect back to the edit page", async () => {
    const before = await state();
    const refused = await upload(Buffer.from("MZ not an image"), { accept: "text/html,application/xhtml+xml" });
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe(`/admin/partners/${partnerId}?logoError=unsupported-type#logo`);
    expect(await state()).toEqual(before);
    const saved = await upload(await solid(90, 30).webp().toBuffer(), { accept: "text/html" });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/admin/partners/${partnerId}?logo=saved#logo`);
    expect((await storedLogo()).mime).toBe("image/webp");
  });

  it("refuses a post from another site and an unknown partner", async () => {
    const before = await state();
    const png = await solid(20, 20).png().toBuffer();
    const crossSite = await upload(png, { headers: { origin: "https://evil.example", host: "podium.test" } });
    expect(crossSite.status).toBe(403);
    const unknown = await upload(png, { id: 999_999 });
    expect(unknown.status).toBe(404);
    expect(await state()).toEqual(before);
  });
});
