// What the MDX check finds, as data: a stable code, the values its text needs,
// and where. The words live in messages/admin/<locale>/mdx.json under
// `problems.<code>`, so the staff area shows them in the editor's language
// (lib/mdx/problem-text.ts on the server, components/admin/mdx-problem-text.ts
// in the browser) and scripts read them in English. Pure and dependency-free:
// prescan, the remark plugin, the compiled cache (plain JSON) and client
// components all import it.

/** Each code and the values its message names. */
export type MdxProblemParams = {
  // lib/mdx/prescan.ts: refused before parsing, because the parser would stall or overflow.
  tooLong: { length: number; limit: number };
  quotesTooDeep: { limit: number };
  tooManyContainers: { limit: number };
  elementsTooDeep: { limit: number };
  bracketsTooDeep: { limit: number };
  tooManyBrackets: { limit: number };
  delimiterRun: { limit: number; char: string };
  tooManyDelimiters: { limit: number };
  emphasisTooDeep: { limit: number };
  // lib/mdx/allowlist.ts: the parser's own failures.
  parserOverflow: Record<string, never>;
  /** `reason` is micromark's / acorn's own English text, shown after a translated lead. */
  syntax: { reason: string };
  // lib/mdx/allowlist.ts: the tree check.
  treeTooDeep: { limit: number };
  linkUrl: { url: string };
  imageUrl: { url: string };
  esm: Record<string, never>;
  expression: Record<string, never>;
  html: Record<string, never>;
  node: { type: string };
  fragment: Record<string, never>;
  element: { tag: string };
  spread: { tag: string };
  attributeNotAllowed: { name: string; tag: string };
  attributeNoValue: { name: string; tag: string };
  attributeExpression: { name: string; tag: string };
  attributeInvalid: { name: string; tag: string; value: string };
  attributeRequired: { name: string; tag: string };
  // lib/mdx/compile.ts: a failure after parsing (rare); `reason` is next-mdx-remote's text.
  compile: { reason: string };
  compileUnknown: Record<string, never>;
};

export type MdxProblemCode = keyof MdxProblemParams;

/** What a problem is, without where. */
export type MdxFinding = { [C in MdxProblemCode]: { code: C; params: MdxProblemParams[C] } }[MdxProblemCode];

/** A reason a body would not render, at its 1-based line and column. Plain data (JSON). */
export type MdxProblem = MdxFinding & { line: number; column: number };

/** Every code, for tests that check each one has its words in every language. */
export const mdxProblemCodes = [
  "tooLong", "quotesTooDeep", "tooManyContainers", "elementsTooDeep", "bracketsTooDeep", "tooManyBrackets",
  "delimiterRun", "tooManyDelimiters", "emphasisTooDeep", "parserOverflow", "syntax", "treeTooDeep", "linkUrl",
  "imageUrl", "esm", "expression", "html", "node", "fragment", "element", "spread", "attributeNotAllowed",
  "attributeNoValue", "attributeExpression", "attributeInvalid", "attributeRequired", "compile", "compileUnknown",
] as const satisfies readonly MdxProblemCode[];
// A code added to MdxProblemParams but not to the list above fails typecheck here.
const everyCodeListed: Record<Exclude<MdxProblemCode, (typeof mdxProblemCodes)[number]>, never> = {};
void everyCodeListed;

/**
 * The message of a zod issue whose problem rides in `params.mdxProblem` (a form
 * schema is made before anyone's language is known): the write path words it,
 * with its line and column, in the reader's language (lib/i18n/admin-errors.ts).
 * Not a message key, so nothing else mistakes it for one.
 */
export const MDX_PROBLEM_ISSUE = "[mdx problem]";

export function finding<C extends MdxProblemCode>(code: C, params: MdxProblemParams[C]): MdxFinding {
  return { code, params } as MdxFinding;
}

/** A value from the text as a problem quotes it: cut short, invisible characters escaped (`java\tscript:`). */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value).slice(1, -1);
}

/**
 * Marks that are text in every language but would be ICU syntax inside a
 * message (`{`, `}`), so the messages name them as arguments instead.
 */
const marks = { braces: "{ }", open: "\\{", close: "\\}", spreadMark: "{…}", fragmentMark: "<>…</>" };

/** The values a problem's message is formatted with: its own, and the marks above. */
export function problemArguments(problem: MdxFinding): Record<string, string | number> {
  return { ...marks, ...problem.params };
}

/** The message key of a problem under the `mdx` namespace. */
export function problemKey(problem: MdxFinding): `problems.${MdxProblemCode}` {
  return `problems.${problem.code}`;
}
