import "server-only";
// The stylesheet and font files of the site's layout, for documents rendered
// outside the App Router (every public page): the same files Next links from
// every page under app/[locale], read from the manifests Next itself serves pages
// from. The reference is the locale 404 page (app/[locale]/not-found-page),
// which every build has: its CSS is the [locale] layout's, and so are its fonts.
// The font classes for <html> come from that CSS: next/font's objects
// (app/fonts.ts) are not available to route handlers.
import { readFile } from "node:fs/promises";
import path from "node:path";

export type DocumentAssets = {
  /** The font classes the layout puts on <html> (their CSS variables name the fonts). */
  htmlClassName: string;
  stylesheets: string[];
  fontPreloads: { href: string; type: string }[];
};

const LAYOUT = "[project]/app/[locale]/layout";
const REFERENCE_PAGE = "[project]/app/[locale]/not-found-page/page";
/** The CSS variables app/fonts.ts names (its `variable` options); next/font sets each in a class of its own. */
const FONT_VARIABLES = ["--font-latin", "--font-cyrillic"];
// Minified in production (`.x{--font-latin:…}`), spread over lines by `next dev`.
const FONT_VARIABLE_CLASS = new RegExp(`\\.([\\w-]+)\\s*\\{\\s*(?:${FONT_VARIABLES.join("|")})\\s*:`, "g");
const MANIFEST = path.join("server", "app", "[locale]", "not-found-page", "page_client-reference-manifest.js");

async function readAssets(distDir: string): Promise<DocumentAssets> {
  // `globalThis.__RSC_MANIFEST["/[locale]/not-found-page/page"] = {...};`: the object is JSON.
  const source = await readFile(path.join(distDir, MANIFEST), "utf8");
  const json = source.slice(source.indexOf("= {") + 2).replace(/;\s*$/, "");
  const clientManifest = JSON.parse(json) as { entryCSSFiles?: Record<string, { path: string }[]> };
  const css = clientManifest.entryCSSFiles?.[LAYOUT];
  if (!css || css.length === 0) throw new Error(`no stylesheet for ${LAYOUT} in ${MANIFEST}`);
  const fontManifest = JSON.parse(await readFile(path.join(distDir, "server", "next-font-manifest.json"), "utf8")) as {
    app?: Record<string, string[]>;
  };
  const fonts = fontManifest.app?.[REFERENCE_PAGE] ?? [];
  const fontClasses = new Set<string>();
  for (const file of css) {
    const text = await readFile(path.join(distDir, file.path), "utf8");
    for (const match of text.matchAll(FONT_VARIABLE_CLASS)) fontClasses.add(match[1]!);
  }
  if (fontClasses.size !== FONT_VARIABLES.length) throw new Error(`the layout's stylesheet does not set ${FONT_VARIABLES.join(" and ")}`);
  return {
    htmlClassName: [...fontClasses].join(" "),
    stylesheets: css.map((file) => `/_next/${file.path}`),
    fontPreloads: fonts.map((file) => ({ href: `/_next/${file}`, type: `font/${path.extname(file).slice(1)}` })),
  };
}

let memo: Promise<DocumentAssets> | undefined;

/**
 * Production: read once per process (a build's files never change under it).
 * Development: `next dev` compiles the reference page on demand, so it is
 * requested once (`devOrigin`, the dev server's own address) and read each time.
 */
export function documentAssets(devOrigin: string | null): Promise<DocumentAssets> {
  if (process.env.NODE_ENV === "production") {
    memo ??= readAssets(path.join(process.cwd(), ".next")).catch((error: unknown) => {
      memo = undefined;
      throw error;
    });
    return memo;
  }
  return readDevAssets(devOrigin);
}

async function readDevAssets(origin: string | null): Promise<DocumentAssets> {
  const distDir = path.join(process.cwd(), ".next", "dev");
  try {
    return await readAssets(distDir);
  } catch {
    if (origin) await fetch(new URL("/en/not-found-page", origin)).then((r) => r.arrayBuffer());
    return readAssets(distDir);
  }
}
