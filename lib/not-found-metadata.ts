import type { Metadata } from "next";

/**
 * Metadata for a route that is about to answer 404. generateMetadata returns
 * this instead of calling notFound(), which would leave the page with the
 * layout's default title.
 */
export const notFoundMetadata: Metadata = { title: { absolute: "404 — Page not found · Страница не найдена" }, robots: { index: false } };
