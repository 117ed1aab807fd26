// Event information pages (about, program, venue, contacts) from
// content/pages/<locale>/<slug>.mdx. Any other path under a locale lands here
// and answers the 404 page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MdxContent } from "@/components/mdx/mdx-content";
import { JsonLd } from "@/components/site/json-ld";
import { SiteHeader } from "@/components/site/site-header";
import { getPage } from "@/lib/content/pages";
import { getPartnerWall } from "@/lib/data/partners";
import { siteText } from "@/lib/i18n/site-text";
import { pageGraph } from "@/lib/structured-data";
import { otherLocale, routeLocale } from "@/lib/i18n/route-locale";
import { pageMetadata } from "@/lib/metadata";
import { notFoundMetadata } from "@/lib/not-found-metadata";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

export const revalidate = false;
const FORUM_PAGE = "about";
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; page: string[] }> };

/** The content page, or null (the 404 page). */
async function loadPage(locale: Locale, segments: string[]) {
  if (segments.length !== 1) return null;
  return getPage(locale, segments[0]!);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const page = await loadPage(locale, (await params).page);
  if (!page) return notFoundMetadata;
  const other = otherLocale(locale);
  const translated = await getPage(other, page.slug);
  return pageMetadata({
    locale,
    title: page.title,
    description: page.description,
    path: paths.page(locale, page.slug),
    alternates: { [locale]: paths.page(locale, page.slug), ...(translated ? { [other]: paths.page(other, page.slug) } : {}) },
  });
}

export default async function EventPage({ params }: Props) {
  const locale = await routeLocale(params);
  const page = await loadPage(locale, (await params).page);
  if (!page) notFound();
  const other = otherLocale(locale);
  const [translated, { site }, roles] = await Promise.all([
    getPage(other, page.slug),
    siteText(locale),
    // The about page describes the forum itself: its graph carries the event in full.
    page.slug === FORUM_PAGE ? getPartnerWall() : undefined,
  ]);
  const path = paths.page(locale, page.slug);
  const crumbs = [
    { name: site("home"), path: paths.home(locale) },
    { name: page.title, path },
  ];
  return (
    <>
      <JsonLd data={pageGraph(locale, { path, title: page.title, crumbs, forum: roles })} />
      <SiteHeader
        locale={locale}
        current={`page:${page.slug}`}
        alternateHref={translated ? paths.page(other, page.slug) : paths.home(other)}
      />
      <main id="main" tabIndex={-1} className="container page page--content">
        <h1>{page.title}</h1>
        <MdxContent source={page.body} label={`page ${locale}/${page.slug}`} />
      </main>
    </>
  );
}
