import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "notFound" });
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
