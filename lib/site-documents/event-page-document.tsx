import "server-only";
// /<locale>/<slug>: an event page (about, venue, contacts) from
// content/pages/<locale>/<slug>.mdx, as a plain HTML document
// (lib/html/site-page.tsx says why not the App Router). The files change only
// with a deploy; the cached page carries the `partners` tag (its footer's wall,
// and the about page's JSON-LD, which describes the forum with its organisers).
// proxy.ts answers unknown slugs before this runs (lib/route-shape.ts); a path
// that reaches here anyway answers the locale's 404 document, never stored.
import { MdxBody } from "@/components/mdx/mdx-content";
import { getPage } from "@/lib/content/pages";
import { getCompiledBody } from "@/lib/data/news";
import { getPartnerWall } from "@/lib/data/partners";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { defaultLocale, isLocale } from "@/lib/site-config";
import { pageGraph } from "@/lib/structured-data";
import { paths } from "@/lib/urls";

/** The page about the forum itself: its graph carries the event in full. */
const FORUM_PAGE = "about";

export async function eventPageResponse(rawLocale: string, segments: string[], devOrigin: string | null): Promise<Response> {
  if (!isLocale(rawLocale)) return notFoundResponse(defaultLocale, devOrigin);
  const locale = rawLocale;
  const page = segments.length === 1 ? await getPage(locale, segments[0]!) : null;
  if (!page) return notFoundResponse(locale, devOrigin);

  const other = otherLocale(locale);
  const [translated, { site }, compiled, roles] = await Promise.all([
    getPage(other, page.slug),
    siteText(locale),
    // Compiled once per distinct text, like article bodies (the cache key is a hash of the body).
    getCompiledBody({ body: page.body }),
    page.slug === FORUM_PAGE ? getPartnerWall() : undefined,
  ]);
  const path = paths.page(locale, page.slug);
  const crumbs = [
    { name: site("home"), path: paths.home(locale) },
    { name: page.title, path },
  ];
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      title: page.title,
      description: page.description,
      path,
      alternates: { [locale]: path, ...(translated ? { [other]: paths.page(other, page.slug) } : {}) },
    },
    current: `page:${page.slug}`,
    alternateHref: translated ? paths.page(other, page.slug) : paths.home(other),
    main: () => (
      <main id="main" tabIndex={-1} className="container page page--content">
        <h1>{page.title}</h1>
        <MdxBody source={page.body} compiled={compiled} label={`page ${locale}/${page.slug}`} />
      </main>
    ),
    partnerWall: true,
    devOrigin,
    structuredData: pageGraph(locale, { path, title: page.title, crumbs, forum: roles }),
  });
  return htmlDocumentResponse(html);
}
