// The image as the upload routes' zod schemas parse it: a refused image is an
// issue named by its code (what failureCodeOf hands the route's answer), a
// missing one is "missing" unless optional, and anything but an UploadError
// is not taken for a bad image.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { prepareLogo } from "./logo";
import { failureCodeOf, imageField } from "./upload-route";

const codeOf = async (schema: ReturnType<typeof imageField>, input: Buffer | null) => {
  const parsed = await schema.safeParseAsync(input);
  return parsed.success ? "parsed" : failureCodeOf(parsed.error);
};

describe("imageField", () => {
  it("re-encodes a real image", async () => {
    const png = await sharp({ create: { width: 30, height: 10, channels: 3, background: "#123456" } }).png().toBuffer();
    const parsed = await imageField(prepareLogo).safeParseAsync(png);
    expect(parsed.success && parsed.data).toMatchObject({ width: 30, height: 10, sourceType: "png" });
  });

  it("names a refused image by its code", async () => {
    expect(await codeOf(imageField(prepareLogo), Buffer.from("MZ not an image"))).toBe("unsupported-type");
    expect(await codeOf(imageField(prepareLogo), Buffer.alloc(0))).toBe("empty");
  });

  it("answers 'missing' for no file, unless the file is optional", async () => {
    expect(await codeOf(imageField(prepareLogo), null)).toBe("missing");
    expect(await imageField(prepareLogo, { optional: true }).parseAsync(null)).toBeNull();
  });

  it("lets any other failure through: a broken pipeline is not a bad image", async () => {
    const broken = imageField(async () => {
      throw new Error("sharp went away");
    });
    await expect(broken.safeParseAsync(Buffer.from("x"))).rejects.toThrow("sharp went away");
  });
});
