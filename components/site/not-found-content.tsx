import type { SiteText } from "@/lib/i18n/site-text";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

export function NotFoundContent({ locale, t }: { locale: Locale; t: SiteText["notFound"] }) {
  return (
    <main id="main" tabIndex={-1} className="container page not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("text")}</p>
      <p className="not-found__links">
        <a className="button button--primary" href={paths.home(locale)}>
          {t("home")}
        </a>
        <a className="button button--ghost" href={paths.news(locale)}>
          {t("news")}
        </a>
      </p>
    </main>
  );
}
