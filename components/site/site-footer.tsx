import { getTranslations } from "next-intl/server";
import type { WallRole } from "@/db/queries/partners";
import { siteConfig, type Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";
import { PartnerWall } from "./partner-wall";

/** The site's footer; with `roles`, the partner wall above its links. */
export async function SiteFooter({ locale, roles }: { locale: Locale; roles?: WallRole[] }) {
  const t = await getTranslations({ locale, namespace: "site" });
  const tn = await getTranslations({ locale, namespace: "news" });
  return (
    <footer className="site-footer">
      <div className="container">
        {roles ? <PartnerWall locale={locale} roles={roles} variant="footer" /> : null}
        <div className="site-footer__bottom">
          <p>{t("rights", { year: siteConfig.startsOn.slice(0, 4), name: siteConfig.name[locale] })}</p>
          <ul className="site-footer__links">
            <li>
              <a href={paths.news(locale)}>
                {t("news")}
              </a>
            </li>
            <li>
              <a href={paths.partners(locale)}>
                {t("partners")}
              </a>
            </li>
            <li>
              <a href={paths.feed(locale)} type="application/rss+xml">
                {tn("rss")}
              </a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
