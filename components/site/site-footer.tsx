import type { WallRole } from "@/db/queries/partners";
import { siteText, type SiteText } from "@/lib/i18n/site-text";
import { siteConfig, type Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";
import { PartnerWall } from "./partner-wall";

type Props = { locale: Locale; roles?: WallRole[] };

/** The footer of the App Router's 404 page (app/[locale]/not-found.tsx, router requests only): loads its text, then renders SiteFooterView. */
export async function SiteFooter(props: Props) {
  return <SiteFooterView {...props} text={await siteText(props.locale)} />;
}

/** The site's footer; with `roles`, the partner wall above its links. Synchronous, so the documents render it with React's static renderer. */
export function SiteFooterView({ locale, roles, text }: Props & { text: SiteText }) {
  const t = text.site;
  return (
    <footer className="site-footer">
      <div className="container">
        {roles ? <PartnerWall locale={locale} roles={roles} variant="footer" t={text.partners} /> : null}
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
                {text.news("rss")}
              </a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
