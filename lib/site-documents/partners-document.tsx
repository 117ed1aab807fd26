import "server-only";
// /<locale>/partners, the partner wall, as a plain HTML document
// (lib/html/site-page.tsx says why not the App Router). Cached with no
// lifetime, expired by the `partners` tag (every partner, role and logo
// save). Its footer leaves the wall out: the page is the wall.
import { PartnerWall } from "@/components/site/partner-wall";
import { getPartnerWall } from "@/lib/data/partners";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { defaultLocale, isLocale, siteConfig } from "@/lib/site-config";
import { pageGraph } from "@/lib/structured-data";
import { paths } from "@/lib/urls";

export async function partnersResponse(rawLocale: string, devOrigin: string | null): Promise<Response> {
  if (!isLocale(rawLocale)) return notFoundResponse(defaultLocale, devOrigin);
  const locale = rawLocale;
  const [roles, { partners: t, site }] = await Promise.all([getPartnerWall(), siteText(locale)]);
  const title = t("title");
  const path = paths.partners(locale);
  const crumbs = [
    { name: site("home"), path: paths.home(locale) },
    { name: title, path },
  ];
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      title,
      description: t("description", { name: siteConfig.name[locale] }),
      path,
      alternates: { en: paths.partners("en"), ru: paths.partners("ru") },
    },
    current: "partners",
    alternateHref: paths.partners(otherLocale(locale)),
    main: () => (
      <main id="main" tabIndex={-1} className="container page">
        <h1>{title}</h1>
        <PartnerWall locale={locale} roles={roles} variant="page" t={t} />
      </main>
    ),
    partnerWall: false,
    devOrigin,
    structuredData: pageGraph(locale, { path, title, crumbs }),
  });
  return htmlDocumentResponse(html);
}
