// The whole HTML document of a page served without the App Router (article
// pages: lib/news/article-document.tsx): what app/[locale]/layout.tsx and
// Next's metadata write for App Router pages, written here. No scripts: the
// public pages have no client components, so an article needs no JavaScript.
import type { ReactNode } from "react";
import type { DocumentAssets } from "@/lib/html/document-assets";
import { pageHead, type PageMeta } from "@/lib/metadata";
import { NOT_FOUND_TITLE } from "@/lib/not-found-metadata";
import { siteConfig, type Locale } from "@/lib/site-config";

type Props = { locale: Locale; assets: DocumentAssets; head: ReactNode; children: ReactNode };

export function SiteDocument({ locale, assets, head, children }: Props) {
  return (
    <html lang={locale} className={assets.htmlClassName}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {assets.fontPreloads.map((font) => (
          <link key={font.href} rel="preload" href={font.href} as="font" type={font.type} crossOrigin="" />
        ))}
        {assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <meta name="theme-color" content={siteConfig.themeColor} />
        {head}
        <meta name="application-name" content={siteConfig.name[locale]} />
        <meta name="format-detection" content="telephone=no" />
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
      </head>
      <body>{children}</body>
    </html>
  );
}

/** The tags Next's metadata wrote for these pages as App Router pages (lib/metadata.ts says what each holds), and the summary card Next derived from them. */
export function PageHeadTags({ meta }: { meta: PageMeta }) {
  const head = pageHead(meta);
  const og = head.openGraph;
  return (
    <>
      <title>{head.fullTitle}</title>
      {meta.noindex ? <meta name="robots" content="noindex" /> : null}
      <meta name="description" content={head.description} />
      <link rel="canonical" href={head.canonical} />
      {Object.entries(head.languages).map(([lang, href]) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={href} />
      ))}
      <link rel="alternate" type="application/rss+xml" href={head.rss} />
      <meta property="og:title" content={og.title} />
      <meta property="og:description" content={og.description} />
      <meta property="og:url" content={og.url} />
      <meta property="og:site_name" content={og.siteName} />
      <meta property="og:locale" content={og.locale} />
      <meta property="og:type" content={og.type} />
      {og.alternateLocale.map((l) => (
        <meta key={l} property="og:locale:alternate" content={l} />
      ))}
      <meta property="og:image" content={og.image.url} />
      <meta property="og:image:width" content={String(og.image.width)} />
      <meta property="og:image:height" content={String(og.image.height)} />
      <meta property="og:image:alt" content={og.image.alt} />
      {og.publishedTime ? <meta property="article:published_time" content={og.publishedTime} /> : null}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={og.title} />
      <meta name="twitter:description" content={og.description} />
      <meta name="twitter:image" content={og.image.url} />
      <meta name="twitter:image:width" content={String(og.image.width)} />
      <meta name="twitter:image:height" content={String(og.image.height)} />
      <meta name="twitter:image:alt" content={og.image.alt} />
    </>
  );
}

/** The 404 document's head: its own title, noindex, and a description (what the page says), which crawlers and Lighthouse's SEO audit look for on every page. */
export function NotFoundHeadTags({ description }: { description: string }) {
  return (
    <>
      <title>{NOT_FOUND_TITLE}</title>
      <meta name="description" content={description} />
      <meta name="robots" content="noindex" />
    </>
  );
}
