// The share image drawn for real (satori + resvg) and decoded with sharp:
// 1200x630 PNG, Cyrillic drawn from the shipped fonts, and not one network
// request, even for a title with emoji and Chinese, which would make next/og
// fetch fonts from Google.
import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { articleImagePath, parseShareImageFile } from "./share-image-url";
import { coveredText, shareImageResponse } from "./share-image";

afterEach(() => vi.unstubAllGlobals());

async function draw(title: string): Promise<{ png: Buffer; width?: number; height?: number; format?: string }> {
  const response = await shareImageResponse({ locale: "ru", title, kicker: "Новости" });
  expect(response.headers.get("content-type")).toBe("image/png");
  const png = Buffer.from(await response.arrayBuffer());
  const meta = await sharp(png).metadata();
  return { png, width: meta.width, height: meta.height, format: meta.format };
}

describe("shareImageResponse", () => {
  it("draws a 1200x630 PNG without a single network request", async () => {
    // next/og loads its renderer's WebAssembly from a data: URL through fetch: that one is not the network.
    const realFetch = globalThis.fetch;
    const network = vi.fn(async () => {
      throw new Error("network blocked in this test");
    });
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).startsWith("data:") ? realFetch(input, init) : network(),
    );
    const image = await draw("Инвестиции в регионы 🚀: «Пермский форум» 中文 — итоги 2012 года");
    expect(image).toMatchObject({ format: "png", width: 1200, height: 630 });
    expect(network).not.toHaveBeenCalled();
  });

  it("draws the Cyrillic title itself: two titles give two different images", async () => {
    const first = await draw("Щука и ёж");
    const second = await draw("Жизнь и судьба");
    const [a, b] = await Promise.all([first.png, second.png].map((png) => sharp(png).raw().toBuffer()));
    let differing = 0;
    for (let i = 0; i < a!.length; i++) if (a![i] !== b![i]) differing++;
    expect(differing).toBeGreaterThan(1000);
  });
});

describe("coveredText", () => {
  it("keeps Latin, Cyrillic and their punctuation; drops emoji and CJK; folds the gaps", () => {
    expect(coveredText("Ёлка — «форум» №1 🎄 中文 café")).toBe("Ёлка — «форум» №1 café");
  });
});

describe("share image addresses", () => {
  it("reads back what it writes, and refuses anything else", () => {
    expect(parseShareImageFile("home-ru.png")).toEqual({ kind: "home", locale: "ru" });
    const path = articleImagePath("en", "a-slug", "Title");
    expect(path).toMatch(/^\/og\/news-en-a-slug\.png\?v=[\w-]{10}$/);
    expect(parseShareImageFile("news-en-a-slug.png")).toEqual({ kind: "news", locale: "en", slug: "a-slug" });
    for (const bad of ["home-fr.png", "news-en-.png", "news-en-A B.png", "news-en-x.jpg", "../etc/passwd"]) expect(parseShareImageFile(bad), bad).toBeNull();
  });

  it("changes with the title, so caches that keep images by address fetch the new one", () => {
    expect(articleImagePath("en", "s", "Old title")).not.toBe(articleImagePath("en", "s", "New title"));
  });
});
