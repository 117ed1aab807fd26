import { describe, expect, it } from "vitest";
import { MDX_PROBLEM_ISSUE } from "@/lib/mdx/problems";
import { translateMessage, translateRefusal } from "./admin-errors";

describe("translateMessage", () => {
  it("puts a message key into the reader's language", () => {
    expect(translateMessage("en", "partners.errors.chooseRole")).toBe("Choose the partner's role.");
    expect(translateMessage("ru", "partners.errors.chooseRole")).toBe("Выберите роль партнёра.");
  });

  it("passes a text that is not a key as it is: an untranslated part, a path to a group, a made-up key", () => {
    expect(translateMessage("ru", "Enter the title.")).toBe("Enter the title.");
    expect(translateMessage("ru", "partners.errors")).toBe("partners.errors");
    expect(translateMessage("ru", "partners.errors.noSuchKey")).toBe("partners.errors.noSuchKey");
    expect(translateMessage("ru", "constructor.name")).toBe("constructor.name");
  });
});

describe("translateRefusal", () => {
  it("translates the message and every field error, keeping everything else", () => {
    const refusal = { ok: false as const, message: "partners.errors.conflict", errors: { nameEn: ["partners.errors.nameEnMissing"], url: ["Some English text."] } };
    expect(translateRefusal("ru", refusal)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Пока вы редактировали партнёра/),
      errors: { nameEn: ["Введите название партнёра по-английски."], url: ["Some English text."] },
    });
  });
});

describe("translateRefusal with MDX problems (the session editor's bodies)", () => {
  it("words each problem a field's issues carry, with its line and column, in the reader's language, in order", () => {
    const script = { code: "element" as const, params: { tag: "<script>" }, line: 3, column: 1 };
    const link = { code: "linkUrl" as const, params: { url: "javascript:x" }, line: 5, column: 2 };
    const refusal = {
      ok: false as const,
      errors: { bodyRu: [MDX_PROBLEM_ISSUE, MDX_PROBLEM_ISSUE], slugEn: ["programSessions.errors.slugInvalid"] },
      issues: [
        { path: ["bodyRu"], message: MDX_PROBLEM_ISSUE, params: { mdxProblem: script } },
        { path: ["slugEn"], message: "programSessions.errors.slugInvalid" },
        { path: ["bodyRu"], message: MDX_PROBLEM_ISSUE, params: { mdxProblem: link } },
      ],
    };
    expect(translateRefusal("ru", refusal).errors).toEqual({
      bodyRu: ["Строка 3, столбец 1: Элемент <script> не разрешён.", expect.stringMatching(/^Строка 5, столбец 2: Адрес ссылки «javascript:x» не разрешён/)],
      slugEn: ["Используйте строчные латинские буквы, цифры и одиночные дефисы, например regions-of-innovation."],
    });
    expect(translateRefusal("en", refusal).errors?.bodyRu).toEqual(["Line 3, column 1: <script> is not an allowed element.", expect.stringMatching(/^Line 5, column 2: Link address "javascript:x"/)]);
  });
});
