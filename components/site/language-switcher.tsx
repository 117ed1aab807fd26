import type { SiteText } from "@/lib/i18n/site-text";
import type { Locale } from "@/lib/site-config";

/**
 * A plain link to this page in the other locale: works without JavaScript. Its
 * accessible name is its visible text ("RU Русский"), so a voice-control user
 * can say what they see; on narrow screens the language name is only visually hidden.
 */
export function LanguageSwitcher({ locale, href, t }: { locale: Locale; href: string; t: SiteText["language"] }) {
  const other: Locale = locale === "en" ? "ru" : "en";
  return (
    <a className="lang-switch" href={href} hrefLang={other} lang={other}>
      <span>{t("short")}</span> <span className="lang-switch__name">{t("otherName")}</span>
    </a>
  );
}
