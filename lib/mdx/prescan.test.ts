import { describe, expect, it } from "vitest";
import { MAX_DEPTH, MAX_SOURCE_LENGTH, prescan } from "./prescan";
import type { MdxProblemCode } from "./problems";

describe("prescan refuses before parsing", () => {
  it("refuses a body over the length limit at 1:1", () => {
    expect(prescan("x".repeat(MAX_SOURCE_LENGTH + 1))).toEqual({ code: "tooLong", params: { length: MAX_SOURCE_LENGTH + 1, limit: MAX_SOURCE_LENGTH }, line: 1, column: 1 });
  });

  it.each<[string, string, MdxProblemCode]>([
    ["`>` x 1000", ">".repeat(1000) + " x", "quotesTooDeep"],
    ["`> ` x 1000", "> ".repeat(1000) + "x", "quotesTooDeep"],
    ["`- ` x 1000", "- ".repeat(1000) + "x", "quotesTooDeep"],
    ["`1. ` x 1000", "1. ".repeat(1000) + "x", "quotesTooDeep"],
    ["`<div>` x 1000", "<div>".repeat(1000) + "x" + "</div>".repeat(1000), "elementsTooDeep"],
    ["`<div>` on 1000 lines", "<div>\n".repeat(1000) + "x\n" + "</div>\n".repeat(1000), "elementsTooDeep"],
    ["`<>` fragments x 1000", "<>".repeat(1000) + "x" + "</>".repeat(1000), "elementsTooDeep"],
    ["`[` x 1000", "[".repeat(1000), "bracketsTooDeep"],
    ["`*a ` x 1000 (nested emphasis)", "*a ".repeat(1000) + "x" + " b*".repeat(1000), "emphasisTooDeep"],
    ["a run of 1000 `*`", "*".repeat(1000) + "x" + "*".repeat(1000), "delimiterRun"],
    ["`- - - - - x` on 2000 lines", ("- ".repeat(5) + "x\n").repeat(2000), "tooManyContainers"],
    ["25,000 separate quotes", "> x\n\n".repeat(25_000).slice(0, MAX_SOURCE_LENGTH), "tooManyContainers"],
    ["1000 `*a*` in one paragraph", "*a* ".repeat(1000), "tooManyDelimiters"],
    ["1000 `[a]` in one paragraph", "[a] ".repeat(1000), "tooManyBrackets"],
    // Security review F7: tags whose names are not ASCII letters, quoted `</`, and `~` runs.
    ["25,000 `<$>`", "<$>".repeat(25_000), "elementsTooDeep"],
    ["25,000 `<é>`", "<é>".repeat(25_000), "elementsTooDeep"],
    ["25,000 `<_>`", "<_>".repeat(25_000), "elementsTooDeep"],
    ["16,000 `<` NBSP `div>`", "<\u00a0div>".repeat(16_000), "elementsTooDeep"],
    ["6,000 tags whose attribute holds `</`", '<a title="</">'.repeat(6_000), "elementsTooDeep"],
    ["a run of 1000 `~` (inline: at a line's start it opens a code fence)", "a " + "~".repeat(1000) + "x" + "~".repeat(1000), "delimiterRun"],
    ["`~a ` x 1000 (nested strikethrough)", "~a ".repeat(1000) + "x" + " b~".repeat(1000), "emphasisTooDeep"],
  ])("%s", (_name, source, code) => {
    const started = performance.now();
    expect(prescan(source)?.code).toBe(code);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("points at the marker that crosses the limit", () => {
    expect(prescan("intro\n\n" + ">".repeat(MAX_DEPTH + 5) + " x")).toEqual({ code: "quotesTooDeep", params: { limit: MAX_DEPTH }, line: 3, column: MAX_DEPTH + 1 });
    expect(prescan("a\n" + "<div>".repeat(MAX_DEPTH + 1))).toEqual({ code: "elementsTooDeep", params: { limit: MAX_DEPTH }, line: 2, column: 5 * MAX_DEPTH + 1 });
  });
});

describe("prescan lets ordinary content through", () => {
  it.each([
    ["prose with emphasis and links", "The **forum** opened on _Thursday_ with a [plenary](https://example.com) session.\n\n- one\n- two\n"],
    ["nesting at the limit", ">".repeat(MAX_DEPTH) + " x"],
    ["self-closing tags, even across lines", '<Figure\n  src="/media/1"\n  alt="a > b"\n/>\n\n'.repeat(MAX_DEPTH * 2)],
    ["closed tags", "<b>x</b> ".repeat(1000)],
    ["brackets and emphasis in separate paragraphs", "[a] *b* _c_\n\n".repeat(1000)],
    ["a fenced code block full of markers", "```\n" + ">".repeat(500) + "\n" + "<div>".repeat(500) + "\n" + "*".repeat(500) + "\n```\n"],
    ["an inline code span full of tags", "`" + "<div>".repeat(100) + "` after"],
    ["a long thematic break", "*".repeat(500) + "\n\n" + "- ".repeat(100).trim()],
    ["snake_case words", "a_b_c_d ".repeat(100)],
    ["escaped brackets", "\\[".repeat(1000)],
    ["comparisons in prose", "if a < b then b > a; ".repeat(5) + "\n\n" + "x < y ".repeat(200)],
    ["strikethrough", "a ~~b~~ c ".repeat(200)],
  ])("%s", (_name, source) => {
    expect(prescan(source)).toBeUndefined();
  });
});
