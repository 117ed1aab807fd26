import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { COVER_OUTPUT_MAX_WIDTH, prepareCover } from "./cover";
import { UploadError } from "./prepare-image";

const solid = (width: number, height: number, alpha = 1) =>
  sharp({ create: { width, height, channels: 4, background: { r: 20, g: 90, b: 160, alpha } } });

describe("prepareCover", () => {
  it("scales a large photo down to 1600 px wide and keeps it JPEG", async () => {
    const cover = await prepareCover(await solid(3000, 2000).jpeg().toBuffer());
    expect(cover).toMatchObject({ mime: "image/jpeg", width: COVER_OUTPUT_MAX_WIDTH, height: 1067, sourceType: "jpeg" });
  });

  it("turns PNG (keeping transparency) and SVG into WebP, never enlarging", async () => {
    const png = await prepareCover(await solid(640, 360, 0.5).png().toBuffer());
    expect(png).toMatchObject({ mime: "image/webp", width: 640, height: 360 });
    expect((await sharp(png.bytes).metadata()).hasAlpha).toBe(true);
    const svg = await prepareCover(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160"><rect width="320" height="160" fill="#0b3d91"/></svg>'));
    expect(svg).toMatchObject({ mime: "image/webp", width: 1600, height: 800, sourceType: "svg" });
  });

  it("keeps the 2 MB / 4000 px input limits of every upload", async () => {
    await expect(prepareCover(await solid(10, 4001).png().toBuffer())).rejects.toMatchObject({ code: "too-many-pixels" });
    await expect(prepareCover(Buffer.alloc(2 * 1024 * 1024 + 1, 1))).rejects.toBeInstanceOf(UploadError);
  });
});
