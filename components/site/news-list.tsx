import type { ArticleSummary } from "@/db/queries/news";
import type { SiteText } from "@/lib/i18n/site-text";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";
import { FormattedDate } from "./formatted-date";

type Props = { locale: Locale; items: ArticleSummary[]; headingLevel: "h2" | "h3" };

/** Synchronous, so the documents (feed pages, home) render it with React's static renderer. */
export function NewsListView({ locale, items, headingLevel: Heading, text }: Props & { text: SiteText }) {
  const t = text.news;
  if (items.length === 0) return <p className="news-empty">{t("empty")}</p>;
  return (
    <ol className="news-list">
      {items.map((item) => (
        <li key={item.id}>
          <article className="news-item">
            <p className="news-item__date">
              <FormattedDate iso={item.publishedAt} format={text.format} />
            </p>
            <Heading className="news-item__title">
              <a href={paths.article(locale, item.slug)}>
                {item.title}
              </a>
            </Heading>
            {item.lede ? <p className="news-item__lede">{item.lede}</p> : null}
            <p className="news-item__more">
              <a href={paths.article(locale, item.slug)} aria-label={t("readMoreAbout", { title: item.title })}>
                {t("readMore")} <span aria-hidden="true">→</span>
              </a>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
