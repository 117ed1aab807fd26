// Event information pages: content/pages/<locale>/<slug>.mdx, edited in git.
import path from "node:path";
import { z } from "zod";
import { isLocale, type Locale } from "@/lib/site-config";
import { isValidSlug } from "@/lib/slug";
import { defaultContentRoot, displayPath, isNotFound, listMdxNames, readContentFile } from "./frontmatter";

export const pageFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  // Used as the meta description: long enough to say something, short enough not to be cut.
  description: z.string().trim().min(50).max(200),
  navLabel: z.string().trim().min(1).max(40),
  navOrder: z.number().int().min(1),
});

export type PageMeta = z.output<typeof pageFrontmatterSchema> & { locale: Locale; slug: string };
export type Page = PageMeta & { body: string; bodyLine: number };

function pagesDir(root: string, locale: Locale): string {
  return path.join(root, "pages", locale);
}

async function readPage(root: string, locale: Locale, slug: string): Promise<Page> {
  const file = path.join(pagesDir(root, locale), `${slug}.mdx`);
  if (!isValidSlug(slug)) {
    throw new Error(`${displayPath(root, file)}: the file name must be a slug (lowercase letters, digits, single hyphens)`);
  }
  const { data, body, bodyLine } = await readContentFile(root, file, pageFrontmatterSchema);
  return { ...data, locale, slug, body, bodyLine };
}

/** File names of the pages of `locale`, valid or not (for checks that report every file). */
export async function listPageSlugs(locale: Locale, root = defaultContentRoot()): Promise<string[]> {
  return listMdxNames(pagesDir(root, locale));
}

/** The pages of `locale` in navigation order, without bodies. Throws on a bad file. */
export async function listPages(locale: Locale, root = defaultContentRoot()): Promise<PageMeta[]> {
  const pages = await Promise.all((await listPageSlugs(locale, root)).map((slug) => readPage(root, locale, slug)));
  return pages
    .sort((a, b) => a.navOrder - b.navOrder || a.slug.localeCompare(b.slug))
    .map(({ body: _body, bodyLine: _bodyLine, ...meta }) => meta);
}

/**
 * One page with its body, or null when there is none. `locale` and `slug`
 * come from the URL: anything but a known locale and a plain slug is null
 * before the file system is touched, so `..` and `/` never reach a path.
 */
export async function getPage(locale: string, slug: string, root = defaultContentRoot()): Promise<Page | null> {
  if (!isLocale(locale) || !isValidSlug(slug)) return null;
  try {
    return await readPage(root, locale, slug);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
