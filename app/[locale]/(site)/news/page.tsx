// The first page of the news feed, /<locale>/news: the same page as
// ./page/[n] with n = 1, at its own address and cached on its own.
import type { Metadata } from "next";
import NewsFeedPage, { generateMetadata as feedPageMetadata } from "./page/[n]/page";

export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

const firstPage = (params: Props["params"]) => params.then((p) => ({ ...p, n: "1" }));

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return feedPageMetadata({ params: firstPage(params) });
}

export default function NewsFeedFirstPage({ params }: Props) {
  return <NewsFeedPage params={firstPage(params)} />;
}
