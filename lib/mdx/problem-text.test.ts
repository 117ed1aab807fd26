import { describe, expect, it } from "vitest";
import { adminMessages } from "@/messages/admin";
import { locales } from "@/lib/site-config";
import { mdxProblemAt, mdxProblemText } from "./problem-text";
import { finding, mdxProblemCodes, type MdxFinding, type MdxProblemParams } from "./problems";

/** One finding of every code (typed: a new code must add its sample here). */
const samples: { [C in keyof MdxProblemParams]: MdxProblemParams[C] } = {
  tooLong: { length: 200_000, limit: 100_000 },
  quotesTooDeep: { limit: 40 },
  tooManyContainers: { limit: 1_000 },
  elementsTooDeep: { limit: 40 },
  bracketsTooDeep: { limit: 40 },
  tooManyBrackets: { limit: 500 },
  delimiterRun: { limit: 100, char: "*" },
  tooManyDelimiters: { limit: 500 },
  emphasisTooDeep: { limit: 40 },
  parserOverflow: {},
  syntax: { reason: "Unexpected character `3` (U+0033) before name" },
  treeTooDeep: { limit: 40 },
  linkUrl: { url: "javascript:alert(1)" },
  imageUrl: { url: "http://insecure/img.png" },
  esm: {},
  expression: {},
  html: {},
  node: { type: "yaml" },
  fragment: {},
  element: { tag: "<script>" },
  spread: { tag: "<Callout>" },
  attributeNotAllowed: { name: "onError", tag: "<img>" },
  attributeNoValue: { name: "colSpan", tag: "<td>" },
  attributeExpression: { name: "title", tag: "<Callout>" },
  attributeInvalid: { name: "rowSpan", tag: "<td>", value: "x" },
  attributeRequired: { name: "src", tag: "<Figure>" },
  compile: { reason: "Could not parse expression with acorn" },
  compileUnknown: {},
};
const every = mdxProblemCodes.map((code) => finding(code, samples[code] as never));

describe("MDX problems in words", () => {
  it("list every code the messages word, and no other", () => {
    expect(Object.keys(adminMessages.en.mdx.problems).sort()).toEqual([...mdxProblemCodes].sort());
    expect(Object.keys(adminMessages.ru.mdx.problems).sort()).toEqual([...mdxProblemCodes].sort());
  });

  it.each(every.map((f) => [f.code, f] as const))("%s has its own text in English and in Russian, every value filled in", (_code, found) => {
    const texts = locales.map((locale) => mdxProblemText(found, locale));
    for (const text of texts) {
      expect(text).not.toMatch(/problems\./); // next-intl answers a missing key with its path
      expect(text).not.toMatch(/\{[a-zA-Z]+[,}]/); // an argument left unformatted
      for (const value of Object.values(found.params)) if (typeof value === "string") expect(text).toContain(value);
    }
    const [en, ru] = [mdxProblemText(found, "en"), mdxProblemText(found, "ru")];
    expect(en).not.toMatch(/[а-яё]/i);
    expect(ru).toMatch(/[а-яё]/i);
    expect(ru).not.toBe(en);
  });

  it("reads in English exactly as the checker's messages did before they became codes", () => {
    const en = (f: MdxFinding) => mdxProblemText(f);
    expect(en(finding("element", { tag: "<script>" }))).toBe("<script> is not an allowed element.");
    expect(en(finding("tooLong", { length: 200_000, limit: 100_000 }))).toBe("The text is 200,000 characters long; the limit is 100,000.");
    expect(en(finding("attributeNotAllowed", { name: "onError", tag: "<img>" }))).toBe("Attribute onError is not allowed on <img>.");
    expect(en(finding("linkUrl", { url: "javascript:alert(1)" }))).toBe(
      'Link address "javascript:alert(1)" is not allowed: links must be https:, http:, mailto:, #fragment or a site path starting with /.',
    );
    expect(en(finding("imageUrl", { url: "/about" }))).toBe('Image address "/about" is not allowed: images must be uploaded to the site (an address starting with /media/).');
    expect(en(finding("expression", {}))).toBe("JavaScript expressions in { } are not allowed. To show a brace as text, write \\{ or \\}.");
    expect(en(finding("fragment", {}))).toBe("Fragments <>…</> are not allowed.");
    expect(en(finding("spread", { tag: "<Callout>" }))).toBe("Spread attributes {…} are not allowed on <Callout>.");
    expect(en(finding("attributeExpression", { name: "title", tag: "<Callout>" }))).toBe("Attribute title on <Callout> must be a quoted string, not an expression { }.");
    expect(en(finding("attributeInvalid", { name: "rowSpan", tag: "<td>", value: "x" }))).toBe('Attribute rowSpan on <td> has an invalid value "x".');
    expect(en(finding("attributeRequired", { name: "src", tag: "<Figure>" }))).toBe("<Figure> needs a src attribute.");
    expect(en(finding("quotesTooDeep", { limit: 40 }))).toBe("Quotes and lists are nested more than 40 levels deep.");
    expect(en(finding("delimiterRun", { limit: 100, char: "~" }))).toBe("A run of more than 100 ~ characters.");
  });

  it("reads in natural Russian, numbers and plurals in Russian form", () => {
    const ru = (f: MdxFinding) => mdxProblemText(f, "ru");
    expect(ru(finding("element", { tag: "<script>" }))).toBe("Элемент <script> не разрешён.");
    // Russian groups thousands with a (no-break) space.
    expect(ru(finding("tooLong", { length: 200_000, limit: 100_000 })).replace(/\s/g, " ")).toBe("В тексте 200 000 знаков, а допускается не больше 100 000.");
    expect(ru(finding("tooLong", { length: 100_001, limit: 100_000 })).replace(/\s/g, " ")).toBe("В тексте 100 001 знак, а допускается не больше 100 000.");
    expect(ru(finding("quotesTooDeep", { limit: 40 }))).toBe("Цитаты и списки вложены друг в друга слишком глубоко: больше 40 уровней.");
    expect(ru(finding("treeTooDeep", { limit: 21 }))).toBe("Слишком глубокая вложенность: больше 21 уровня.");
    expect(ru(finding("attributeNotAllowed", { name: "onError", tag: "<img>" }))).toBe("Атрибут onError у элемента <img> не разрешён.");
    expect(ru(finding("linkUrl", { url: "javascript:alert(1)" }))).toMatch(/^Адрес ссылки «javascript:alert\(1\)» не разрешён: /);
    expect(ru(finding("expression", {}))).toBe(
      "Выражения JavaScript в фигурных скобках { } не допускаются. Чтобы показать скобку как обычный текст, напишите \\{ или \\}.",
    );
  });

  it("gives the parser's own (English) reason a lead in the reader's language", () => {
    const reason = "Unexpected closing slash `/` in tag, expected an open tag first";
    expect(mdxProblemText(finding("syntax", { reason }), "en")).toBe(`Syntax error: ${reason}`);
    expect(mdxProblemText(finding("syntax", { reason }), "ru")).toBe(`Ошибка разметки: ${reason}`);
  });

  it("says where, in English by default (scripts) or in the language asked for", () => {
    const problem = { ...finding("element", { tag: "<script>" }), line: 3, column: 1 };
    expect(mdxProblemAt(problem)).toBe("Line 3, column 1: <script> is not an allowed element.");
    expect(mdxProblemAt(problem, "ru")).toBe("Строка 3, столбец 1: Элемент <script> не разрешён.");
  });
});
