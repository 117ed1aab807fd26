import type { SiteText } from "@/lib/i18n/site-text";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

/** Page numbers around the current one, with gaps: 1 … 4 5 [6] 7 8 … 20. */
function pageWindow(page: number, total: number, radius = 2): (number | "gap")[] {
  const pages = new Set([1, total]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= total) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

export function Pagination({ locale, page, totalPages, t }: { locale: Locale; page: number; totalPages: number; t: SiteText["news"] }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      <p className="pagination__status">{t("pageOf", { page, total: totalPages })}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a rel="prev" href={paths.news(locale, page - 1)}>
              <span aria-hidden="true">←</span> {t("previous")}
            </a>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <a href={paths.news(locale, p)} aria-current={p === page ? "page" : undefined}>
                {p}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a rel="next" href={paths.news(locale, page + 1)}>
              {t("next")} <span aria-hidden="true">→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
