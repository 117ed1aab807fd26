import "server-only";
// A public page as a plain HTML document (header, its <main>, footer with the
// partner wall), rendered with React's static renderer instead of the App
// Router: what every public page is served as (lib/news/, lib/program/documents/,
// lib/search/, lib/site-documents/). Through the App Router each render cost 2-3
// times the CPU (its RSC payload, for a page with no client components, was half
// of every response), and on a phone its scripts cost home, partners and the
// event pages 10-25 Lighthouse points (issue 10). The markup is the same
// components' (components/site), the head the same PageMeta's
// (lib/metadata.ts), the stylesheet and fonts the layout's
// (lib/html/document-assets.ts); only the scripts are gone.
import type { ReactNode } from "react";
import { JsonLd } from "@/components/site/json-ld";
import { NotFoundContent } from "@/components/site/not-found-content";
import { NotFoundHeadTags, PageHeadTags, SiteDocument } from "@/components/site/site-document";
import { SiteHeaderView, type NavKey } from "@/components/site/site-header";
import { navigationPages } from "@/lib/content/navigation";
import { documentAssets } from "@/lib/html/document-assets";
import { FooterSlot, footerWithoutPartnerWall, footerWithPartnerWall, withFooter } from "@/lib/html/footer-markup";
import { renderDocument } from "@/lib/html/static-markup";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText, type SiteText } from "@/lib/i18n/site-text";
import type { PageMeta } from "@/lib/metadata";
import { strictTransportSecurity } from "@/lib/security/hsts";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

export const HTML_HEADERS = { "Content-Type": "text/html; charset=utf-8" };

/**
 * A rendered document as a 200 answer. The body goes in as UTF-8 bytes: given a
 * string, the Response constructor first rescans all of it for lone surrogates
 * (undici's toUSVString, 2-3 ms on the 240 KB programme of a large forum), and
 * Buffer.from replaces those with U+FFFD all the same.
 */
export function htmlDocumentResponse(html: string): Response {
  return new Response(Buffer.from(html, "utf8"), { status: 200, headers: withHsts(HTML_HEADERS) });
}

/**
 * The headers plus Strict-Transport-Security when SITE_URL is https. The proxy adds
 * it to what it sees, but article pages skip the proxy (proxy.ts's matcher), so
 * documents carry it themselves.
 */
function withHsts(headers: Record<string, string>): Record<string, string> {
  const hsts = strictTransportSecurity();
  return hsts ? { ...headers, "Strict-Transport-Security": hsts } : headers;
}

type SitePage = {
  locale: Locale;
  /** What <head> says about the page; null for the 404 page (its own title, noindex). */
  meta: PageMeta | null;
  current: NavKey;
  /** The same page in the other locale (the language switch). */
  alternateHref: string;
  main: (text: SiteText) => ReactNode;
  /** The footer's partner wall (every page but the 404). */
  partnerWall: boolean;
  /** See documentAssets: the development server's address, null in production. */
  devOrigin: string | null;
  /** The page's JSON-LD graph (lib/structured-data.ts); none on the 404 page. */
  structuredData?: Record<string, unknown>;
};

export async function renderSitePage({ locale, meta, current, alternateHref, main, partnerWall, devOrigin, structuredData }: SitePage): Promise<string> {
  const [footer, pages, text, assets] = await Promise.all([
    partnerWall ? footerWithPartnerWall(locale) : footerWithoutPartnerWall(locale),
    navigationPages(locale),
    siteText(locale),
    documentAssets(devOrigin),
  ]);
  const page = renderDocument(
    <SiteDocument
      locale={locale}
      assets={assets}
      head={
        <>
          {meta ? <PageHeadTags meta={meta} /> : <NotFoundHeadTags description={text.notFound("text")} />}
          {structuredData ? <JsonLd data={structuredData} /> : null}
        </>
      }
    >
      <SiteHeaderView locale={locale} current={current} alternateHref={alternateHref} text={text} pages={pages} />
      {main(text)}
      <FooterSlot />
    </SiteDocument>,
  );
  return withFooter(page, footer);
}

/**
 * The locale's 404 page, as app/[locale]/not-found.tsx renders it (header, text,
 * footer without the partner wall), rendered into the HTML: readable with
 * JavaScript off. Never stored (lib/cache/entry-rules.mjs). In production the
 * document is the same for every unknown address of a locale (no data in it), so
 * it is rendered once per locale per process: a made-up URL costs a lookup.
 */
export async function notFoundResponse(locale: Locale, devOrigin: string | null): Promise<Response> {
  return new Response(await notFoundDocument(locale, devOrigin), { status: 404, headers: withHsts(NOT_FOUND_HEADERS) });
}

/**
 * noindex in a header too, for crawlers that stop at the status line and headers.
 * `private` keeps shared caches from storing a 404: a route handler's 404 (an
 * unknown article, session or speaker) otherwise gets Next's ISR Cache-Control
 * (s-maxage=31536000), which Next sets only when the response has none.
 * `no-cache` rather than `no-store`, which would keep the page out of the
 * browser's back/forward cache.
 */
const NOT_FOUND_HEADERS = { ...HTML_HEADERS, "X-Robots-Tag": "noindex", "Cache-Control": "private, no-cache" };

const notFoundDocuments = new Map<Locale, Promise<string>>();

function notFoundDocument(locale: Locale, devOrigin: string | null): Promise<string> {
  const render = () =>
    renderSitePage({
      locale,
      meta: null,
      current: null,
      alternateHref: paths.home(otherLocale(locale)),
      main: (text) => <NotFoundContent locale={locale} t={text.notFound} />,
      partnerWall: false,
      devOrigin,
    });
  if (process.env.NODE_ENV !== "production") return render();
  let document = notFoundDocuments.get(locale);
  if (!document) {
    document = render();
    notFoundDocuments.set(locale, document);
    document.catch(() => notFoundDocuments.delete(locale)); // a failed read is tried again by the next request
  }
  return document;
}

/** The development server's own address (see documentAssets); null in production, where a cached response must not depend on the request. */
export function devOriginOf(request: Request): string | null {
  return process.env.NODE_ENV === "production" ? null : new URL(request.url).origin;
}
