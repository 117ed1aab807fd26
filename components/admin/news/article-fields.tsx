// The article editor's fields, on the admin form kit. Controlled: the form
// (app/admin/(protected)/news/news-form.tsx) owns the values, because the
// local copy, the live preview and the slug-from-title all read them.
import type { RefObject } from "react";
import type { MdxProblem } from "@/lib/mdx/compile";
import type { ArticleField, ArticleFormState, ArticleFormValues, TranslationChoice } from "@/lib/validation/news";
import { Field, RadioGroup, TextAreaField, TextField } from "../form-kit";
import { TranslationField, translationLabel } from "./translation-field";

/** Field → label, for the error summary's links. */
export function articleLabels(locale: string): Record<ArticleField, string> {
  return {
    title: "Title",
    slug: "Slug (the end of the address)",
    locale: "Language",
    lede: "Lede (short summary)",
    body: "Body",
    translationId: translationLabel(locale),
    author: "Author (optional)",
    status: "Status",
    publishAt: "Publish date and time (Moscow time)",
  };
}

const localeOptions = (
  <>
    <option value="en">English</option>
    <option value="ru">Russian</option>
  </>
);

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
  const labels = articleLabels(values.locale);
  return (
    <>
      <TextField name="title" label={labels.title} errors={errors.title} value={values.title} onChange={(e) => onTitle(e.target.value)} required maxLength={200} autoComplete={undefined} />

      <TextField
        name="slug"
        label={labels.slug}
        errors={errors.slug}
        hint={
          <>
            The article&apos;s address will be /{values.locale}/news/{values.slug || "…"}. Made from the title (Russian letters spelled in Latin); you may
            change it. Lowercase letters, digits and hyphens.
            {isPublished ? " This article is public: if you change the slug, the old address will redirect to the new one." : ""}
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
        hint={
          mode === "create"
            ? "Which site the article appears on. It can't be changed later: write the other language as its own article and link it below."
            : "The language can't change. Write the other language as its own article and link it below."
        }
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
        hint="Shown under the title, in the news feed and in search results. Up to 600 characters."
        rows={3}
        value={values.lede}
        onChange={(e) => onField("lede", e.target.value)}
        maxLength={600}
      />

      <Field
        id="body"
        label={labels.body}
        errors={errors.body}
        hint={
          <>
            Markdown: blank line between paragraphs, **bold**, *italic*, [link text](https://…), ## for a subheading, - for a list. A few components such as
            &lt;Callout title=&quot;…&quot;&gt;…&lt;/Callout&gt; are allowed; scripts and embedded code are not.
          </>
        }
        describedByExtra={problems.length ? "body-problems" : null}
        after={
          problems.length ? (
            <ol className="news-problems" id="body-problems" aria-label="Problems in the body">
              {problems.map((p, i) => (
                <li key={i}>
                  <button type="button" onClick={() => onProblem(p)}>
                    Line {p.line}, column {p.column}
                  </button>
                  : {p.message}
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

      <TextField name="author" label={labels.author} errors={errors.author} hint="Shown as “By …” under the article." value={values.author} onChange={(e) => onField("author", e.target.value)} maxLength={120} autoComplete={undefined} />

      <RadioGroup
        name="status"
        legend={labels.status}
        options={[
          { value: "draft", label: "Draft: not public" },
          { value: "published", label: "Published: public from the publish time" },
        ]}
        value={values.status}
        onChange={(v) => onField("status", v)}
        hint="A published article with a publish time in the future is scheduled: it goes public by itself at that time."
        errors={errors.status}
      />

      <TextField
        name="publishAt"
        label={labels.publishAt}
        errors={errors.publishAt}
        hint="Europe/Moscow time. Leave empty to publish the moment you save as Published."
        type="datetime-local"
        step={1}
        value={values.publishAt}
        onChange={(e) => onField("publishAt", e.target.value)}
        autoComplete={undefined}
      />
    </>
  );
}
