import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { adminMessages } from "@/messages/admin";
import { translateMessage } from "@/lib/i18n/admin-errors";
import { MAX_SOURCE_LENGTH } from "@/lib/mdx/prescan";
import { articleFormSchema, emptyArticleValues } from "./news";

/** The messages of a refused article form, by field, in one language. */
function refusal(values: Partial<typeof emptyArticleValues>, locale: "en" | "ru"): Record<string, string[]> {
  const parsed = articleFormSchema.safeParse({ ...emptyArticleValues, title: "A title", ...values });
  if (parsed.success) throw new Error("expected a refusal");
  const byField: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (byField[String(issue.path[0])] ??= []).push(translateMessage(locale, issue.message));
  return byField;
}

describe("the article form's messages", () => {
  it("are keys, worded in English as before and in Russian", () => {
    const bad = { title: "", lede: "x".repeat(601), author: "x".repeat(121), locale: "de", status: "gone", publishAt: "soon", translationId: "abc" };
    expect(refusal(bad, "en")).toEqual({
      title: ["Enter a title."],
      lede: ["Keep the lede to 600 characters or fewer."],
      author: ["Keep the author's name to 120 characters or fewer."],
      locale: ["Choose English or Russian."],
      status: ["Choose Draft or Published."],
      publishAt: ["Enter the date and time as day, month, year and hours:minutes (Moscow time)."],
      translationId: ["Choose an article from the list."],
    });
    expect(refusal(bad, "ru")).toEqual({
      title: ["Введите заголовок."],
      lede: ["Лид должен быть не длиннее 600 знаков."],
      author: ["Имя автора должно быть не длиннее 120 знаков."],
      locale: ["Выберите английский или русский."],
      status: ["Выберите «Черновик» или «Опубликовано»."],
      publishAt: ["Введите дату и время: день, месяц, год и часы:минуты (по Москве)."],
      translationId: ["Выберите новость из списка."],
    });
  });

  it("word the year range, the slug made from a title without letters, and the lengths of title and slug", () => {
    expect(refusal({ publishAt: "1980-01-01T10:00" }, "ru")).toEqual({ publishAt: ["Введите год от 1990 до 2200."] });
    expect(refusal({ publishAt: "1980-01-01T10:00" }, "en")).toEqual({ publishAt: ["Enter a year between 1990 and 2200."] });
    expect(refusal({ title: "!!!" }, "ru")).toEqual({ slug: ["В заголовке нет латинских или русских букв, из которых можно составить slug; введите его сами."] });
    expect(refusal({ title: "x".repeat(201), slug: "y".repeat(201) }, "ru")).toEqual({
      title: ["Заголовок должен быть не длиннее 200 знаков."],
      slug: ["Slug должен быть не длиннее 200 знаков."],
    });
  });

  it("word the slug checks in both languages: a reserved slug, a typed slug with nothing usable", () => {
    expect(refusal({ slug: "page" }, "en")).toEqual({ slug: ["This slug is used by the news feed's own addresses; choose another."] });
    expect(refusal({ slug: "page" }, "ru")).toEqual({ slug: ["Этот slug занят адресами самой ленты новостей; выберите другой."] });
    expect(refusal({ slug: "!!!" }, "en")).toEqual({ slug: ["Enter a slug: Latin letters, digits and hyphens, e.g. forum-opens."] });
    expect(refusal({ slug: "!!!" }, "ru")).toEqual({ slug: ["Введите slug: латинские буквы, цифры и дефисы, например forum-opens."] });
    // The form tidies a typed slug (slugify) before the check, so "invalid" is a safeguard the form never reaches; its words exist.
    expect(translateMessage("en", "news.errors.slugInvalid")).toMatch(/^Use only lowercase Latin letters/);
    expect(translateMessage("ru", "news.errors.slugInvalid")).toMatch(/^Используйте только строчные латинские буквы/);
  });

  it("name the body's limit as MAX_SOURCE_LENGTH is (the messages write the number out)", () => {
    const tooLong = refusal({ body: "x".repeat(MAX_SOURCE_LENGTH + 1) }, "en");
    expect(tooLong).toEqual({ body: [`The body may be at most ${MAX_SOURCE_LENGTH.toLocaleString("en")} characters long.`] });
    const ru = refusal({ body: "x".repeat(MAX_SOURCE_LENGTH + 1) }, "ru").body![0]!;
    expect(ru.replace(/\s/g, "")).toContain(String(MAX_SOURCE_LENGTH));
  });
});

describe("the count of body problems", () => {
  it("agrees with its number in Russian and reads as before in English", () => {
    const ru = createTranslator({ locale: "ru", messages: adminMessages.ru, namespace: "news.errors" });
    const en = createTranslator({ locale: "en", messages: adminMessages.en, namespace: "news.errors" });
    expect(ru("bodyProblems", { count: 1 })).toBe("В тексте 1 ошибка, из-за которой он не покажется; список ниже.");
    expect(ru("bodyProblems", { count: 3 })).toBe("В тексте 3 ошибки, из-за которых он не покажется; список ниже.");
    expect(ru("bodyProblems", { count: 5 })).toBe("В тексте 5 ошибок, из-за которых он не покажется; список ниже.");
    expect(en("bodyProblems", { count: 1 })).toBe("The body has 1 problem that would stop it from showing; see the list below it.");
    expect(en("bodyProblems", { count: 2 })).toBe("The body has 2 problems that would stop it from showing; see the list below it.");
  });
});
