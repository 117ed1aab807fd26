// The article editor's fields, on the admin form kit. Controlled: the form
// (app/admin/(protected)/news/news-form.tsx) owns the values, because the
// local copy, the live preview and the slug-from-title all read them.
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import type { MdxProblem } from "@/lib/mdx/compile";
import type { ArticleField, ArticleFormState, ArticleFormValues, TranslationChoice } from "@/lib/validation/news";
import { Field, RadioGroup, TextAreaField, TextField } from "../form-kit";
import { useMdxProblemText } from "../mdx-problem-text";
import { TranslationField, translationLabel } from "./translation-field";

type FormWords = ReturnType<typeof useTranslations<"news.form">>;

/** Field → label in the reader's language, for the fields and the error summary's links. */
export function articleLabels(t: FormWords, locale: string): Record<ArticleField, string> {
  return {
    title: t("title"),
    slug: t("slug"),
    locale: t("language"),
    lede: t("lede"),
    body: t("body"),
    translationId: translationLabel(t, locale),
    author: t("author"),
    status: t("status"),
    publishAt: t("publishAt"),
  };
}

export function ArticleFields({
  mode,
  values,
  errors,
  problems,
  isPublished,
  translationChoices,
  bodyRef,
  onField,
  onTitle,
  onSlug,
  onProblem,
}: {
  mode: "create" | "edit";
  values: ArticleFormValues;
  errors: NonNullable<ArticleFormState["errors"]>;
  /** Each reason the body would not render, listed under it with a button to its line and column. */
  problems: MdxProblem[];
  isPublished: boolean;
  translationChoices: Record<"en" | "ru", TranslationChoice[]>;
  bodyRef: RefObject<HTMLTextAreaElement | null>;
  onField: (field: ArticleField, value: string) => void;
  onTitle: (value: string) => void;
  onSlug: (value: string) => void;
  onProblem: (problem: MdxProblem) => void;
}) {
  const t = useTranslations("news.form");
  const words = useTranslations("news");
  const mdxWords = useMdxProblemText();
  const labels = articleLabels(t, values.locale);
  const localeOptions = (
    <>
      <option value="en">{words("english")}</option>
      <option value="ru">{words("russian")}</option>
    </>
  );
  return (
    <>
      <TextField name="title" label={labels.title} errors={errors.title} value={values.title} onChange={(e) => onTitle(e.target.value)} required maxLength={200} autoComplete={undefined} />

      <TextField
        name="slug"
        label={labels.slug}
        errors={errors.slug}
        hint={
          <>
            {t("slugHint", { path: `/${values.locale}/news/${values.slug || "…"}` })}
            {isPublished ? t("slugHintPublished") : ""}
          </>
        }
        value={values.slug}
        onChange={(e) => onSlug(e.target.value)}
        maxLength={200}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete={undefined}
      />

      <Field
        id="locale"
        label={labels.locale}
        errors={errors.locale}
        hint={mode === "create" ? t("localeHintNew") : t("localeHintEdit")}
      >
        {(aria) =>
          mode === "create" ? (
            <select id="locale" name="locale" value={values.locale} onChange={(e) => onField("locale", e.target.value)} {...aria}>
              {localeOptions}
            </select>
          ) : (
            <>
              <input type="hidden" name="locale" value={values.locale} />
              <select id="locale" value={values.locale} disabled {...aria}>
                {localeOptions}
              </select>
            </>
          )
        }
      </Field>

      <TextAreaField
        name="lede"
        label={labels.lede}
        errors={errors.lede}
        hint={t("ledeHint")}
        rows={3}
        value={values.lede}
        onChange={(e) => onField("lede", e.target.value)}
        maxLength={600}
      />

      <Field
        id="body"
        label={labels.body}
        errors={errors.body}
        hint={t("bodyHint", { example: '<Callout title="…">…</Callout>' })}
        describedByExtra={problems.length ? "body-problems" : null}
        after={
          problems.length ? (
            <ol className="news-problems" id="body-problems" aria-label={t("problemsLabel")}>
              {problems.map((p, i) => (
                <li key={i}>
                  <button type="button" onClick={() => onProblem(p)}>
                    {t("problemAt", { line: p.line, column: p.column })}
                  </button>
                  : {mdxWords.text(p)}
                </li>
              ))}
            </ol>
          ) : null
        }
      >
        {(aria) => (
          <textarea id="body" name="body" ref={bodyRef} className="mono news-body" rows={24} value={values.body} onChange={(e) => onField("body", e.target.value)} spellCheck {...aria} />
        )}
      </Field>

      <TranslationField locale={values.locale} value={values.translationId} choices={translationChoices} errors={errors.translationId} onChange={(v) => onField("translationId", v)} />

      <TextField name="author" label={labels.author} errors={errors.author} hint={t("authorHint")} value={values.author} onChange={(e) => onField("author", e.target.value)} maxLength={120} autoComplete={undefined} />

      <RadioGroup
        name="status"
        legend={labels.status}
        options={[
          { value: "draft", label: t("statusDraft") },
          { value: "published", label: t("statusPublished") },
        ]}
        value={values.status}
        onChange={(v) => onField("status", v)}
        hint={t("statusHint")}
        errors={errors.status}
      />

      <TextField
        name="publishAt"
        label={labels.publishAt}
        errors={errors.publishAt}
        hint={t("publishAtHint")}
        type="datetime-local"
        step={1}
        value={values.publishAt}
        onChange={(e) => onField("publishAt", e.target.value)}
        autoComplete={undefined}
      />
    </>
  );
}
