import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sniffImageType } from "./image-type";
import { LOGO_MAX_BYTES, LOGO_OUTPUT_MAX_SIDE, LogoError, prepareLogo, type LogoErrorCode } from "./logo";
import { fileFromMultipart, readBodyWithLimit } from "./request-body";

const red = { r: 200, g: 30, b: 40, alpha: 1 };

function solid(width: number, height: number) {
  return sharp({ create: { width, height, channels: 4, background: red } });
}

async function refusal(bytes: Buffer): Promise<LogoErrorCode> {
  try {
    await prepareLogo(bytes);
  } catch (error) {
    if (error instanceof LogoError) return error.code;
    throw error;
  }
  throw new Error("accepted");
}

const scriptSvg = Buffer.from(
  `<?xml version="1.0"?><!-- logo --><svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" onload="alert(1)">` +
    `<script>alert(document.cookie)</script><rect width="120" height="60" fill="#0b3d91"/>` +
    `<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(2)"/></foreignObject></svg>`,
);

const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2000, 0x90)]);

describe("sniffImageType: the bytes decide, not the name", () => {
  it("recognises the four accepted formats", async () => {
    expect(sniffImageType(await solid(4, 4).png().toBuffer())).toBe("png");
    expect(sniffImageType(await solid(4, 4).jpeg().toBuffer())).toBe("jpeg");
    expect(sniffImageType(await solid(4, 4).webp().toBuffer())).toBe("webp");
    expect(sniffImageType(scriptSvg)).toBe("svg");
    expect(sniffImageType(Buffer.from('\uFEFF  <!DOCTYPE svg [ <!ENTITY a "b"> ]>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe("svg");
  });

  it("rejects GIF, executables, HTML and text that only mentions <svg>", async () => {
    expect(sniffImageType(await solid(4, 4).gif().toBuffer())).toBeNull();
    expect(sniffImageType(elf)).toBeNull();
    expect(sniffImageType(Buffer.from("<html><body><svg></svg></body></html>"))).toBeNull();
    expect(sniffImageType(Buffer.from("hello <svg>"))).toBeNull();
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});

describe("prepareLogo", () => {
  it("re-encodes a PNG, keeping its size and dropping metadata", async () => {
    const input = await solid(300, 100).png().withMetadata({ exif: { IFD0: { Copyright: "secret-exif-marker" } } }).toBuffer();
    const logo = await prepareLogo(input);
    expect(logo).toMatchObject({ mime: "image/png", width: 300, height: 100, sourceType: "png" });
    expect(logo.sha256).toMatch(/^[0-9a-f]{64}$/);
    const meta = await sharp(logo.bytes).metadata();
    expect(meta.format).toBe("png");
    expect(meta.exif).toBeUndefined();
    expect(logo.bytes.includes("secret-exif-marker")).toBe(false);
  });

  it("keeps JPEG as JPEG and WebP as WebP, scaled down to the output box", async () => {
    const jpeg = await prepareLogo(await solid(1600, 400).jpeg().toBuffer());
    expect(jpeg).toMatchObject({ mime: "image/jpeg", width: LOGO_OUTPUT_MAX_SIDE, height: 200 });
    expect((await sharp(jpeg.bytes).metadata()).format).toBe("jpeg");
    const webp = await prepareLogo(await solid(200, 900).webp().toBuffer());
    expect(webp).toMatchObject({ mime: "image/webp", height: LOGO_OUTPUT_MAX_SIDE });
    expect((await sharp(webp.bytes).metadata()).format).toBe("webp");
  });

  it("rasterizes a script-bearing SVG into a plain PNG with none of its text", async () => {
    const logo = await prepareLogo(scriptSvg);
    expect(logo.mime).toBe("image/png");
    expect(logo.sourceType).toBe("svg");
    // Drawn at the output size, not at its tiny intrinsic one.
    expect(logo).toMatchObject({ width: LOGO_OUTPUT_MAX_SIDE, height: LOGO_OUTPUT_MAX_SIDE / 2 });
    expect(logo.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const text = logo.bytes.toString("latin1");
    for (const bad of ["<script", "alert", "onload", "javascript", "<svg", "iframe"]) expect(text).not.toContain(bad);
    const { data } = await sharp(logo.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([data[0], data[1], data[2]]).toEqual([0x0b, 0x3d, 0x91]); // the rectangle was really drawn
  });

  it("re-encodes a PNG or JPEG with HTML appended (a polyglot), so the appended bytes are gone", async () => {
    for (const image of [await solid(64, 64).png().toBuffer(), await solid(64, 64).jpeg().toBuffer()]) {
      const polyglot = Buffer.concat([image, Buffer.from("<html><script>alert('polyglot')</script></html>")]);
      const output = (await prepareLogo(polyglot)).bytes;
      expect(output.toString("latin1")).not.toContain("<script");
      expect(output.toString("latin1")).not.toContain("polyglot");
      expect(output.equals(image)).toBe(false);
      expect((await sharp(output).metadata()).width).toBe(64);
    }
  });

  it("refuses a GIF/JavaScript polyglot", async () => {
    const gifJs = Buffer.concat([Buffer.from("GIF89a/*"), Buffer.alloc(20, 0), Buffer.from("*/=1;alert(document.domain);")]);
    expect(await refusal(gifJs)).toBe("unsupported-type");
    expect(await refusal(await solid(10, 10).gif().toBuffer())).toBe("unsupported-type");
  });

  it("refuses an executable whatever it is called", async () => {
    expect(await refusal(elf)).toBe("unsupported-type");
  });

  it("refuses files over 2 MB before decoding them", async () => {
    expect(await refusal(Buffer.alloc(LOGO_MAX_BYTES + 1, 0x89))).toBe("too-large");
    const noisy = await sharp(Buffer.from(Array.from({ length: 1400 * 1400 * 3 }, () => Math.floor(Math.random() * 256))), {
      raw: { width: 1400, height: 1400, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(LOGO_MAX_BYTES);
    expect(await refusal(noisy)).toBe("too-large");
  });

  it("refuses images over 4000 px on a side, and decompression bombs, without decoding them", async () => {
    const wide = await sharp({ create: { width: 4001, height: 10, channels: 3, background: "#fff" } }).png().toBuffer();
    expect(await refusal(wide)).toBe("too-many-pixels");
    // 10000 × 10000 of one colour compresses to a few dozen KB but would be 300 MB decoded.
    const bomb = await sharp({ create: { width: 10000, height: 10000, channels: 3, background: "#000" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(LOGO_MAX_BYTES);
    expect(await refusal(bomb)).toBe("too-many-pixels");
    const bigSvg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="50000"><rect width="10" height="10"/></svg>');
    expect(await refusal(bigSvg)).toBe("too-many-pixels");
  });

  it("refuses empty, truncated and fake files", async () => {
    expect(await refusal(Buffer.alloc(0))).toBe("empty");
    const png = await solid(200, 200).png().toBuffer();
    expect(await refusal(png.subarray(0, 60))).toBe("undecodable");
    expect(await refusal(Buffer.concat([png.subarray(0, 8), Buffer.from("not really a png at all")]))).toBe("undecodable");
    expect(await refusal(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><rect"))).toBe("undecodable");
  });

  it("refuses SVGs that pull in external entities or files", async () => {
    const xxe = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&x;</text></svg>',
    );
    expect(await refusal(xxe)).toBe("unsafe-svg");
    const xinclude = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xi="http://www.w3.org/2001/XInclude" width="10" height="10"><xi:include href="/etc/passwd" parse="text"/></svg>',
    );
    expect(await refusal(xinclude)).toBe("unsafe-svg");
  });
});

describe("readBodyWithLimit", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://x.test/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("refuses a declared length over the limit without reading", async () => {
    const request = post("x".repeat(50), { "content-length": "5000" });
    expect(await readBodyWithLimit(request, 100)).toEqual({ ok: false, reason: "too-large" });
  });

  it("cuts off a streamed body as soon as it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1000) controller.close();
        else controller.enqueue(new Uint8Array(64));
      },
    });
    expect(await readBodyWithLimit(post(stream), 1000)).toEqual({ ok: false, reason: "too-large" });
    expect(pulled).toBeLessThan(40);
  });

  it("returns a body within the limit, and its multipart file", async () => {
    const form = new FormData();
    form.set("logo", new Blob([Buffer.from("hello")]), "logo.png");
    const request = new Request("http://x.test/", { method: "POST", body: form });
    const read = await readBodyWithLimit(request, 10_000);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const file = await fileFromMultipart(read.bytes, request.headers.get("content-type"), "logo");
    expect(Buffer.isBuffer(file) && file.toString()).toBe("hello");
    expect(await fileFromMultipart(read.bytes, request.headers.get("content-type"), "other")).toBeNull();
    expect(await fileFromMultipart(read.bytes, "text/plain", "logo")).toBe("malformed");
  });
});
