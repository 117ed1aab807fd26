import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/site-config";

/** A plain link to this page in the other locale: works without JavaScript. */
export async function LanguageSwitcher({ locale, href }: { locale: Locale; href: string }) {
  const t = await getTranslations({ locale, namespace: "language" });
  const other: Locale = locale === "en" ? "ru" : "en";
  return (
    <a className="lang-switch" href={href} hrefLang={other} lang={other} aria-label={t("switchTo")}>
      <span aria-hidden="true">{t("short")}</span>
      <span className="lang-switch__name" aria-hidden="true">
        {t("otherName")}
      </span>
    </a>
  );
}
