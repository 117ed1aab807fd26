// An article's <main>: date, title, lede, cover, body, author, the way back to
// the feed. Synchronous (its body compiled beforehand), so article documents
// render it with React's static renderer.
import { MdxBody } from "@/components/mdx/mdx-content";
import type { ArticleDetail } from "@/db/queries/news";
import type { SiteText } from "@/lib/i18n/site-text";
import type { CompiledMdx } from "@/lib/mdx/compiled";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";
import { FormattedDate } from "./formatted-date";

type Props = { locale: Locale; article: ArticleDetail; compiled: CompiledMdx; text: SiteText };

export function ArticleView({ locale, article, compiled, text }: Props) {
  const t = text.news;
  return (
    <main id="main" tabIndex={-1} className="container page">
      <article className="article">
        <header className="article__head">
          <p className="article__date">
            <FormattedDate iso={article.publishedAt} format={text.format} />
          </p>
          <h1>{article.title}</h1>
          {article.lede ? <p className="lead">{article.lede}</p> : null}
        </header>
        {article.cover ? (
          // Right under the title, above the fold on every screen: loaded eagerly (no loading="lazy"),
          // with its size so the text below does not jump when it arrives.
          <img
            className="article__cover"
            src={article.cover.url}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            decoding="async"
            fetchPriority="high"
          />
        ) : null}
        <MdxBody source={article.body} compiled={compiled} label={`news ${locale}/${article.slug}`} />
        {article.author ? <p className="article__author">{t("by", { author: article.author })}</p> : null}
      </article>
      <p className="back-link">
        <a href={paths.news(locale)}>
          <span aria-hidden="true">←</span> {t("backToFeed")}
        </a>
      </p>
    </main>
  );
}
