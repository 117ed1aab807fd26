// The partners page is the partner wall itself: its footer leaves the wall out.
import { SiteFooter } from "@/components/site/site-footer";
import { routeLocale } from "@/lib/i18n/route-locale";

export default async function PartnersLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params);
  return (
    <>
      {children}
      <SiteFooter locale={locale} />
    </>
  );
}
