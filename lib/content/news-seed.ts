// Demo news in content/news/<locale>/<slug>.mdx. Only seed input: the
// database is the source of truth for news once seeded (lib/seed/demo-content.ts).
import path from "node:path";
import { z } from "zod";
import { locales, type Locale } from "@/lib/site-config";
import { isValidSlug, slugPattern } from "@/lib/slug";
import { defaultContentRoot, displayPath, listMdxNames, readContentFile } from "./frontmatter";

const seedNewsFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  lede: z.string().trim().min(1).max(400),
  // An explicit offset (or Z): a bare local time would mean a different instant per server.
  publishedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  /** Shared by the en and ru files of one story. */
  translationKey: z.string().regex(slugPattern, "must be a slug (lowercase letters, digits, single hyphens)"),
  author: z.string().trim().min(1).max(120),
});

export type SeedArticle = z.output<typeof seedNewsFrontmatterSchema> & {
  locale: Locale;
  slug: string;
  body: string;
  bodyLine: number;
  /** e.g. `content/news/en/forum-opens.mdx`, for messages. */
  file: string;
};

export type SeedNewsEntry = { locale: Locale; slug: string };

/** Every news file of every locale, valid or not (for checks that report every file). */
export async function listSeedNewsEntries(root = defaultContentRoot()): Promise<SeedNewsEntry[]> {
  const perLocale = await Promise.all(
    locales.map(async (locale) => (await listMdxNames(path.join(root, "news", locale))).map((slug) => ({ locale, slug }))),
  );
  return perLocale.flat();
}

export async function readSeedArticle({ locale, slug }: SeedNewsEntry, root = defaultContentRoot()): Promise<SeedArticle> {
  const file = path.join(root, "news", locale, `${slug}.mdx`);
  const name = displayPath(root, file);
  if (!isValidSlug(slug)) throw new Error(`${name}: the file name must be a slug (lowercase letters, digits, single hyphens)`);
  const { data, body, bodyLine } = await readContentFile(root, file, seedNewsFrontmatterSchema);
  return { ...data, locale, slug, body, bodyLine, file: name };
}

/** All seed articles, by locale then slug. Throws on the first bad file, or when a translation key repeats within a locale. */
export async function loadSeedNews(root = defaultContentRoot()): Promise<SeedArticle[]> {
  const articles = await Promise.all((await listSeedNewsEntries(root)).map((entry) => readSeedArticle(entry, root)));
  const seen = new Map<string, string>();
  for (const article of articles) {
    const key = `${article.locale}:${article.translationKey}`;
    const other = seen.get(key);
    if (other) throw new Error(`${article.file}: translationKey "${article.translationKey}" is already used by ${other}`);
    seen.set(key, article.file);
  }
  return articles;
}
