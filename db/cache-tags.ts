// Cache tags of the public pages' data. Admin actions revalidate exactly the
// tags they touched, so an edit is public within a second.
export const cacheTags = {
  news: "news",
  article: (id: number) => `news:${id}`,
  partners: "partners",
  pages: "pages",
  media: (id: number) => `media:${id}`,
} as const;

/** Lifetime of news data in seconds: scheduled articles go public within a minute without anyone acting. */
export const NEWS_REVALIDATE_SECONDS = 30;
