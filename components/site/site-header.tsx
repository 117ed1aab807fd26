import { navigationPages } from "@/lib/content/navigation";
import type { PageMeta } from "@/lib/content/pages";
import { siteText, type SiteText } from "@/lib/i18n/site-text";
import { siteConfig, type Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";
import { LanguageSwitcher } from "./language-switcher";
import { ForumDates } from "./forum-dates";

export type NavKey = "home" | "news" | "partners" | `page:${string}` | null;

type Props = {
  locale: Locale;
  current: NavKey;
  /** The same page in the other locale (or that locale's news feed when an article has no translation). */
  alternateHref: string;
};

/** The header of the App Router's 404 page (app/[locale]/not-found.tsx, router requests only): loads its text and the event pages, then renders SiteHeaderView. */
export async function SiteHeader(props: Props) {
  const [text, pages] = await Promise.all([siteText(props.locale), navigationPages(props.locale)]);
  return <SiteHeaderView {...props} text={text} pages={pages} />;
}

/** The header itself; synchronous, so the documents render it with React's static renderer. */
export function SiteHeaderView({ locale, current, alternateHref, text, pages }: Props & { text: SiteText; pages: PageMeta[] }) {
  const t = text.site;
  const items: { key: NavKey; href: string; label: string }[] = [
    { key: "news", href: paths.news(locale), label: t("news") },
    ...pages.map((p) => ({ key: `page:${p.slug}` as NavKey, href: paths.page(locale, p.slug), label: p.navLabel })),
    { key: "partners", href: paths.partners(locale), label: t("partners") },
  ];
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div className="site-header__bar container">
        <a className="brand" href={paths.home(locale)} aria-current={current === "home" ? "page" : undefined}>
          <span className="brand__mark" aria-hidden="true">
            IF
          </span>
          <span className="brand__text">
            <span className="brand__name">{siteConfig.name[locale]}</span>
            <span className="brand__meta">
              <ForumDates format={text.format} /> · {siteConfig.city[locale]}
            </span>
          </span>
        </a>
        <form className="site-search" role="search" aria-label={t("searchLabel")} action={`/${locale}/search`} method="get">
          <label className="visually-hidden" htmlFor="site-search-query">
            {t("searchLabel")}
          </label>
          <input id="site-search-query" type="search" name="q" maxLength={200} placeholder={text.search("placeholder")} autoComplete="off" />
          <button type="submit">{text.search("submit")}</button>
        </form>
        <LanguageSwitcher locale={locale} href={alternateHref} t={text.language} />
      </div>
      <nav className="site-nav" aria-label={t("mainNav")}>
        <ul className="site-nav__list container">
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={item.key === current ? "page" : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
