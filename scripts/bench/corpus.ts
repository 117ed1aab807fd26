// A generated news corpus for benchmarks: N articles per locale with realistic
// 3–8 KB MDX bodies (headings, lists, links, a table and an image), inserted in
// batches. Deterministic for a given N.
import type { Database } from "@/db/client";
import { newsArticles } from "@/db/schema";

const words = {
  en: "cluster region innovation investment enterprise technology cooperation industry university venture export engineering infrastructure policy partnership competence market strategy development program".split(" "),
  ru: "кластер регион инновации инвестиции предприятие технология кооперация промышленность университет венчур экспорт инжиниринг инфраструктура политика партнёрство компетенции рынок стратегия развитие программа".split(" "),
} as const;

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function sentence(locale: "en" | "ru", next: () => number, length: number): string {
  const list = words[locale];
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(list[Math.floor(next() * list.length)]!);
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function paragraph(locale: "en" | "ru", next: () => number): string {
  const count = 3 + Math.floor(next() * 4);
  return Array.from({ length: count }, () => sentence(locale, next, 8 + Math.floor(next() * 10))).join(" ");
}

/** An MDX body of roughly 3–8 KB. */
export function corpusBody(locale: "en" | "ru", index: number, imageUrl: string): string {
  const next = rng(index * 7919 + (locale === "ru" ? 1 : 0));
  const target = 3000 + Math.floor(next() * 5000);
  const parts: string[] = [paragraph(locale, next), paragraph(locale, next)];
  parts.push(`## ${sentence(locale, next, 4).slice(0, -1)}`);
  parts.push(
    Array.from({ length: 4 }, (_, i) => `- ${sentence(locale, next, 6)} [${locale === "ru" ? "Подробнее" : "More"} ${i + 1}](https://forum.example/${locale}/${index}/${i})`).join("\n"),
  );
  parts.push(`![${sentence(locale, next, 3)}](${imageUrl})`);
  parts.push(
    `| ${locale === "ru" ? "Показатель" : "Figure"} | 2011 | 2012 |\n| --- | ---: | ---: |\n` +
      Array.from({ length: 5 }, () => `| ${sentence(locale, next, 2).slice(0, -1)} | ${Math.floor(next() * 900)} | ${Math.floor(next() * 900)} |`).join("\n"),
  );
  parts.push(`### ${sentence(locale, next, 3).slice(0, -1)}`);
  while (parts.join("\n\n").length < target) parts.push(paragraph(locale, next));
  parts.push(`1. ${sentence(locale, next, 5)}\n2. ${sentence(locale, next, 5)}\n3. ${sentence(locale, next, 5)}`);
  return parts.join("\n\n");
}

/** Inserts `perLocale` published articles per locale, dated one hour apart going back from 2012-01-01. */
export async function insertCorpus(db: Database, perLocale: number, imageUrl: string, log: (line: string) => void = () => {}) {
  const batch = 500;
  const start = Date.parse("2012-01-01T00:00:00Z");
  for (const locale of ["en", "ru"] as const) {
    for (let from = 0; from < perLocale; from += batch) {
      const rows = [];
      for (let i = from; i < Math.min(perLocale, from + batch); i++) {
        const next = rng(i + 1);
        const publishedAt = new Date(start - i * 3_600_000);
        rows.push({
          locale,
          slug: `bench-${i}`,
          title: `${sentence(locale, next, 6).slice(0, -1)} ${i}`,
          lede: sentence(locale, next, 22),
          body: corpusBody(locale, i, imageUrl),
          status: "published" as const,
          publishedAt,
          createdAt: publishedAt,
          updatedAt: publishedAt,
          author: "Bench",
        });
      }
      await db.insert(newsArticles).values(rows).onConflictDoNothing();
      if ((from / batch) % 20 === 0) log(`  ${locale}: ${Math.min(perLocale, from + batch)}/${perLocale}`);
    }
  }
}
