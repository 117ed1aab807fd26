// The choice of the article's other-language version: the articles of the
// other locale, those already linked elsewhere listed but not choosable
// (unless they are this article's current link).
import { useTranslations } from "next-intl";
import type { TranslationChoice } from "@/lib/validation/news";
import { SelectField } from "../form-kit";

export function TranslationField({
  locale,
  value,
  choices,
  errors,
  onChange,
}: {
  /** This article's locale: the choices are in the other one. */
  locale: string;
  value: string;
  choices: Record<"en" | "ru", TranslationChoice[]>;
  errors?: string[];
  onChange: (value: string) => void;
}) {
  const t = useTranslations("news.form");
  const other = locale === "ru" ? "en" : "ru";
  return (
    <SelectField
      name="translationId"
      label={translationLabel(t, locale)}
      errors={errors}
      hint={t("translationHint")}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={t("translationNone")}
      choices={choices[other].map((c) => ({ value: String(c.id), label: c.label, disabled: c.disabled && String(c.id) !== value }))}
    />
  );
}

/** The field's label, which names the other language (also the error summary's link text). */
export function translationLabel(t: (key: "translationEn" | "translationRu") => string, locale: string): string {
  return locale === "ru" ? t("translationEn") : t("translationRu");
}
