import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/site-config";

/**
 * A plain link to this page in the other locale: works without JavaScript. Its
 * accessible name is its visible text ("RU Русский"), so a voice-control user
 * can say what they see; on narrow screens the language name is only visually hidden.
 */
export async function LanguageSwitcher({ locale, href }: { locale: Locale; href: string }) {
  const t = await getTranslations({ locale, namespace: "language" });
  const other: Locale = locale === "en" ? "ru" : "en";
  return (
    <a className="lang-switch" href={href} hrefLang={other} lang={other}>
      <span>{t("short")}</span> <span className="lang-switch__name">{t("otherName")}</span>
    </a>
  );
}
