import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseContentFile } from "./frontmatter";
import { loadSeedNews } from "./news-seed";
import { getPage, listPages, pageFrontmatterSchema } from "./pages";

let root: string;

beforeEach(async () => {
  root = path.join(await mkdtemp(path.join(tmpdir(), "podium-content-")), "content");
});
afterEach(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

async function put(relative: string, text: string): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

const description = "A description that is long enough to be a useful meta description.";

function page(fields: Record<string, unknown>, body = "Body text.\n"): string {
  const yaml = Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${yaml.join("\n")}\n---\n\n${body}`;
}

describe("pages", () => {
  it("lists pages by navOrder without bodies, and gets one with its body", async () => {
    await put("pages/en/venue.mdx", page({ title: "Venue", description, navLabel: "Venue", navOrder: 3 }));
    await put("pages/en/about.mdx", page({ title: "About", description, navLabel: "About", navOrder: 1 }, "# Hello\n"));
    await put("pages/en/notes.txt", "ignored");

    expect(await listPages("en", root)).toEqual([
      { locale: "en", slug: "about", title: "About", description, navLabel: "About", navOrder: 1 },
      { locale: "en", slug: "venue", title: "Venue", description, navLabel: "Venue", navOrder: 3 },
    ]);
    expect(await listPages("ru", root)).toEqual([]);
    expect(await getPage("en", "about", root)).toMatchObject({ title: "About", body: "\n# Hello\n", bodyLine: 7 });
    expect(await getPage("en", "missing", root)).toBeNull();
    expect(await getPage("de", "about", root)).toBeNull();
  });

  it("returns null for slugs that are not plain slugs, without touching the file system", async () => {
    // A page one level up, where `../secret` would lead if it reached path.join.
    await put("pages/secret.mdx", page({ title: "Secret", description, navLabel: "S", navOrder: 1 }));
    // A root that is a file: any read under it fails with ENOTDIR, which getPage does not swallow.
    const fileRoot = path.join(path.dirname(root), "not-a-dir");
    await writeFile(fileRoot, "");
    await expect(getPage("en", "about", fileRoot)).rejects.toThrow(/ENOTDIR/);
    for (const slug of ["../secret", "..", "a/b", "About", "a--b", "-a", "a.mdx", "", "%2e%2e", "a\0b", "a\\b"]) {
      expect(await getPage("en", slug, root)).toBeNull();
      expect(await getPage("en", slug, fileRoot)).toBeNull();
    }
    expect(await getPage("../en", "about", fileRoot)).toBeNull();
  });

  it("throws with the file's path and every issue for a bad file", async () => {
    await put("pages/en/bad.mdx", page({ title: "", description: "short", navLabel: "X", navOrder: 0, extra: true }));
    const error = await getPage("en", "bad", root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message.startsWith("content/pages/en/bad.mdx: invalid frontmatter")).toBe(true);
    expect(message).toMatch(/title: Too small/);
    expect(message).toMatch(/description: Too small/);
    expect(message).toMatch(/navOrder: Too small/);
    expect(message).toMatch(/Unrecognized key: "extra"/);
    await expect(listPages("en", root)).rejects.toThrow(/^content\/pages\/en\/bad\.mdx: /);
  });

  it("refuses a file whose name is not a slug when listing", async () => {
    await put("pages/en/About_Us.mdx", page({ title: "About", description, navLabel: "About", navOrder: 1 }));
    await expect(listPages("en", root)).rejects.toThrow(/^content\/pages\/en\/About_Us\.mdx: the file name must be a slug/);
  });
});

describe("frontmatter", () => {
  it("needs a frontmatter block", () => {
    expect(() => parseContentFile("x.mdx", "# No frontmatter", pageFrontmatterSchema)).toThrow(/^x\.mdx: missing frontmatter/);
  });

  it("reports YAML errors with the file name", () => {
    expect(() => parseContentFile("x.mdx", '---\ntitle: "a\nnavOrder: [\n---\nbody', pageFrontmatterSchema)).toThrow(
      /^x\.mdx: frontmatter is not valid YAML/,
    );
    expect(() => parseContentFile("x.mdx", "---\ntitle: a\ntitle: b\n---\n", pageFrontmatterSchema)).toThrow(/^x\.mdx: /);
  });

  it("reads YAML 1.2: dates stay strings, yes is not a boolean, CRLF works", () => {
    const text = "---\r\ntitle: yes\r\ndescription: 2012-04-19 is the opening day of the forum in Perm, Russia, this year.\r\nnavLabel: x\r\nnavOrder: 2\r\n---\r\nBody\r\n";
    const parsed = parseContentFile("x.mdx", text, pageFrontmatterSchema);
    expect(parsed.data).toEqual({
      title: "yes",
      description: "2012-04-19 is the opening day of the forum in Perm, Russia, this year.",
      navLabel: "x",
      navOrder: 2,
    });
    expect(parsed.body).toBe("Body\r\n");
    expect(parsed.bodyLine).toBe(7);
  });
});

describe("news seed", () => {
  const article = (fields: Record<string, unknown>) =>
    page({ title: "Forum opens", lede: "The forum opens in Perm.", publishedAt: "2012-04-19T10:00:00+06:00", translationKey: "forum-opens", author: "Press service", ...fields });

  it("loads every locale, with publishedAt as a Date", async () => {
    await put("news/en/forum-opens.mdx", article({}));
    await put("news/ru/forum-otkrylsya.mdx", article({ title: "Форум открылся", publishedAt: "2012-04-19T04:00:00Z" }));
    const articles = await loadSeedNews(root);
    expect(articles.map((a) => [a.locale, a.slug, a.translationKey])).toEqual([
      ["en", "forum-opens", "forum-opens"],
      ["ru", "forum-otkrylsya", "forum-opens"],
    ]);
    expect(articles[0]?.publishedAt).toEqual(new Date("2012-04-19T04:00:00Z"));
    expect(articles[1]?.publishedAt.getTime()).toBe(articles[0]?.publishedAt.getTime());
    expect(articles[0]).toMatchObject({ file: "content/news/en/forum-opens.mdx", body: "\nBody text.\n", author: "Press service" });
  });

  it("refuses a publishedAt without an offset, and unknown keys", async () => {
    await put("news/en/forum-opens.mdx", article({ publishedAt: "2012-04-19T10:00:00", cover: "x.png" }));
    const error = (await loadSeedNews(root).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^content\/news\/en\/forum-opens\.mdx: invalid frontmatter/);
    expect(error.message).toMatch(/publishedAt: Invalid ISO datetime/);
    expect(error.message).toMatch(/Unrecognized key: "cover"/);
  });

  it("refuses a translation key used twice in one locale", async () => {
    await put("news/en/a.mdx", article({}));
    await put("news/en/b.mdx", article({}));
    await expect(loadSeedNews(root)).rejects.toThrow(/^content\/news\/en\/b\.mdx: translationKey "forum-opens" is already used by content\/news\/en\/a\.mdx/);
  });
});
