import type { Metadata } from "next";

/** The 404 page's title: one for both locales (a path outside any locale has none). */
export const NOT_FOUND_TITLE = "404 — Page not found · Страница не найдена";

/**
 * Metadata for a route that is about to answer 404. generateMetadata returns
 * this instead of calling notFound(), which would leave the page with the
 * layout's default title.
 */
export const notFoundMetadata: Metadata = { title: { absolute: NOT_FOUND_TITLE }, robots: { index: false } };
