// Checks every file in content/ the way the site will read it: frontmatter
// against its schema, body through the same MDX check as the renderer.
// Run as `tsx scripts/check-content.ts` (wired as prebuild), so a bad file
// fails the build with its name instead of rendering as a plain-text fallback.
// An optional argument names another content directory (for trying a change).
import path from "node:path";
import { checkMdx, type MdxProblem } from "@/lib/mdx/compile";
import { mdxProblemText } from "@/lib/mdx/problem-text";
import { listSeedNewsEntries, readSeedArticle } from "@/lib/content/news-seed";
import { getPage, listPageSlugs } from "@/lib/content/pages";
import { defaultContentRoot, displayPath } from "@/lib/content/frontmatter";
import { locales } from "@/lib/site-config";

type Loaded = { file: string; body: string; bodyLine: number };

const root = process.argv[2] ? path.resolve(process.argv[2]) : defaultContentRoot();
const failures: string[] = [];
let pages = 0;
let articles = 0;

/** Loads one file and checks its body; records what is wrong instead of stopping at the first bad file. */
async function check(load: () => Promise<Loaded>): Promise<boolean> {
  let loaded: Loaded;
  try {
    loaded = await load();
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return false;
  }
  const problems = await checkMdx(loaded.body);
  if (problems.length === 0) return true;
  // Problem lines count from the body; the file has its frontmatter above it.
  // In English: the CLI's output is for developers and the build log.
  const at = (p: MdxProblem) => `  - ${loaded.file}:${p.line + loaded.bodyLine - 1}:${p.column} ${mdxProblemText(p, "en")}`;
  failures.push(`${loaded.file}: MDX body refused\n${problems.map(at).join("\n")}`);
  return false;
}

for (const locale of locales) {
  for (const slug of await listPageSlugs(locale, root)) {
    const ok = await check(async () => {
      const page = await getPage(locale, slug, root);
      const file = displayPath(root, path.join(root, "pages", locale, `${slug}.mdx`));
      if (!page) throw new Error(`${file}: the file name must be a slug (lowercase letters, digits, single hyphens)`);
      return { file, body: page.body, bodyLine: page.bodyLine };
    });
    if (ok) pages++;
  }
}

const seenKeys = new Map<string, string>();
for (const entry of await listSeedNewsEntries(root)) {
  const ok = await check(async () => {
    const article = await readSeedArticle(entry, root);
    const key = `${article.locale}:${article.translationKey}`;
    const other = seenKeys.get(key);
    if (other) throw new Error(`${article.file}: translationKey "${article.translationKey}" is already used by ${other}`);
    seenKeys.set(key, article.file);
    return article;
  });
  if (ok) articles++;
}

if (failures.length > 0) {
  console.error(`content check failed (${failures.length} file(s)):\n`);
  for (const failure of failures) console.error(`${failure}\n`);
  process.exit(1);
}
console.log(`content ok: ${pages} pages, ${articles} articles`);
