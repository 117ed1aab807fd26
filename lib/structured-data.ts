// JSON-LD for crawlers: one linked @graph per page (schema.org, the types and
// properties Google documents for rich results). The site's organisation and
// the forum itself have fixed @ids, so every page can point at them: the home
// and about pages carry the forum as a full BusinessEvent, other pages refer
// to it by @id. Plain functions of plain data, which the public documents
// (lib/html/site-page.tsx) write into their heads.
import type { WallRole } from "@/db/queries/partners";
import { isoWithSecondsAndOffset } from "./program/time";
import { siteConfig, type Locale } from "./site-config";
import { absoluteUrl, siteOrigin } from "./urls";

type Node = Record<string, unknown>;
export type Crumb = { name: string; path: string };

const ids = {
  organization: () => `${siteOrigin()}/#organization`,
  forum: () => `${siteOrigin()}/#forum`,
  website: (locale: Locale) => `${absoluteUrl(`/${locale}`)}#website`,
  page: (path: string) => `${absoluteUrl(path)}#webpage`,
};

const ref = (id: string) => ({ "@id": id });

/**
 * A date-time in ISO 8601 with the offset of the site's time zone
 * (2012-04-19T15:30:00+04:00): what Google asks for datePublished and
 * dateModified, and what a reader of the graph can place without guessing.
 */
export function isoWithOffset(value: string | Date, timeZone: string = siteConfig.timeZone): string {
  return isoWithSecondsAndOffset(value, timeZone);
}

/** The organisation that publishes the site (the forum's own name and mark). */
function organization(locale: Locale): Node {
  return {
    "@type": "Organization",
    "@id": ids.organization(),
    name: siteConfig.name[locale],
    url: absoluteUrl(`/${locale}`),
    logo: { "@type": "ImageObject", url: absoluteUrl("/icon.svg") },
  };
}

function website(locale: Locale): Node {
  return {
    "@type": "WebSite",
    "@id": ids.website(locale),
    name: siteConfig.name[locale],
    alternateName: siteConfig.shortName[locale],
    url: absoluteUrl(`/${locale}`),
    inLanguage: locale,
    publisher: ref(ids.organization()),
  };
}

function partnerOrganizations(roles: WallRole[], kind: WallRole["kind"], locale: Locale): Node[] {
  return roles
    .filter((role) => role.kind === kind)
    .flatMap((role) => role.partners)
    .map((partner) => ({
      "@type": "Organization",
      name: locale === "ru" ? partner.nameRu : partner.nameEn,
      ...(partner.url ? { url: partner.url } : {}),
      ...(partner.logo ? { logo: absoluteUrl(partner.logo.url) } : {}),
    }));
}

/** The forum as an event: its dates, its venue with a postal address, its organizers and partners. */
export function forumEvent(locale: Locale, roles: WallRole[]): Node {
  const venue = siteConfig.venueAddress;
  return {
    "@type": "BusinessEvent",
    "@id": ids.forum(),
    name: siteConfig.name[locale],
    description: siteConfig.tagline[locale],
    url: absoluteUrl(`/${locale}`),
    inLanguage: locale,
    startDate: siteConfig.startsOn,
    endDate: siteConfig.endsOn,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    image: [absoluteUrl("/icon.svg")],
    location: {
      "@type": "Place",
      name: venue.name[locale],
      address: {
        "@type": "PostalAddress",
        streetAddress: venue.streetAddress[locale],
        addressLocality: venue.locality[locale],
        addressRegion: venue.region[locale],
        addressCountry: venue.country,
      },
    },
    organizer: [...partnerOrganizations(roles, "organizer", locale), ref(ids.organization())],
    contributor: partnerOrganizations(roles, "operator", locale),
    sponsor: partnerOrganizations(roles, "partner", locale),
  };
}

function breadcrumbs(path: string, crumbs: Crumb[]): Node {
  return {
    "@type": "BreadcrumbList",
    "@id": `${absoluteUrl(path)}#breadcrumb`,
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

function webPage(locale: Locale, path: string, name: string, extra: Node = {}): Node {
  return {
    "@type": "WebPage",
    "@id": ids.page(path),
    url: absoluteUrl(path),
    name,
    inLanguage: locale,
    isPartOf: ref(ids.website(locale)),
    about: ref(ids.forum()),
    ...extra,
  };
}

function graph(nodes: Node[]): Node {
  return { "@context": "https://schema.org", "@graph": nodes };
}

/** Home: the site, its publisher and the forum in full. */
export function homeGraph(locale: Locale, roles: WallRole[]): Node {
  return graph([website(locale), organization(locale), forumEvent(locale, roles), webPage(locale, `/${locale}`, siteConfig.name[locale])]);
}

/**
 * Any other page: the page in its breadcrumb trail (home first, the page
 * last), with the forum in full where the page is about it (the about page).
 */
export function pageGraph(locale: Locale, page: { path: string; title: string; crumbs: Crumb[]; forum?: WallRole[] }): Node {
  const nodes = [
    webPage(locale, page.path, page.title, { breadcrumb: ref(`${absoluteUrl(page.path)}#breadcrumb`) }),
    breadcrumbs(page.path, page.crumbs),
    website(locale),
    organization(locale),
  ];
  if (page.forum) nodes.push(forumEvent(locale, page.forum));
  return graph(nodes);
}

export type ArticleFacts = {
  path: string;
  title: string;
  description: string;
  publishedAt: string;
  updatedAt: string;
  author: string;
  image: string | null;
};

/** An article: NewsArticle with its dates, author, publisher and image, in its breadcrumb trail. */
export function articleGraph(locale: Locale, article: ArticleFacts, crumbs: Crumb[]): Node {
  const url = absoluteUrl(article.path);
  const published = isoWithOffset(article.publishedAt);
  // An edit before the publication time (a scheduled article) is not a modification readers saw.
  const modified = Date.parse(article.updatedAt) > Date.parse(article.publishedAt) ? isoWithOffset(article.updatedAt) : published;
  return graph([
    {
      "@type": "NewsArticle",
      "@id": `${url}#article`,
      headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
      description: article.description,
      datePublished: published,
      dateModified: modified,
      inLanguage: locale,
      author: article.author.trim() ? [{ "@type": "Person", name: article.author.trim() }] : [ref(ids.organization())],
      publisher: ref(ids.organization()),
      image: [article.image ? absoluteUrl(article.image) : absoluteUrl("/icon.svg")],
      mainEntityOfPage: ref(ids.page(article.path)),
      isPartOf: ref(ids.website(locale)),
      about: ref(ids.forum()),
    },
    webPage(locale, article.path, article.title, { breadcrumb: ref(`${url}#breadcrumb`) }),
    breadcrumbs(article.path, crumbs),
    website(locale),
    organization(locale),
  ]);
}

/**
 * The graph as the text of a <script type="application/ld+json">: JSON with
 * every "<" escaped, so no title or partner name can close the script element
 * (`</script>`) or open a comment in it.
 */
export function jsonLdText(data: Node): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
