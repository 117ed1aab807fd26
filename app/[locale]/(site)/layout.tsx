// Every public page but the partners page: its footer carries the partner wall.
import { SiteFooter } from "@/components/site/site-footer";
import { getPartnerWall } from "@/lib/data/partners";
import { routeLocale } from "@/lib/i18n/route-locale";

export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params);
  return (
    <>
      {children}
      <SiteFooter locale={locale} roles={await getPartnerWall()} />
    </>
  );
}
