// A cheap, linear look at MDX source before the real parser sees it.
//
// micromark (under remark/MDX) recurses per nesting level and has superlinear
// paths; measured on this machine (see the numbers beside each limit), these
// inputs overflow the stack or hold the event loop for minutes:
//   `>` x 20,000 or `<div>` x 20,000            RangeError after ~3 s
//   `- ` x 5,000 on one line                     RangeError after ~15 s
//   `- - - - - x` on 16,000 lines (100 KB)       79 s
//   `> x` + blank line, 25,000 times (100 KB)   137 s
//   `*` x 20,000 + `x` + `*` x 20,000            > 60 s
// Each rule below counts something that is a lower bound of what the parser
// would build, so it only refuses what the tree check in allowlist.ts would
// refuse anyway (or what no real page contains), just before the cost is paid.

import { finding, type MdxFinding, type MdxProblem } from "./problems";

export const MAX_SOURCE_LENGTH = 100_000;
/** Deepest allowed tree, counted in mdast nodes below the root. */
export const MAX_DEPTH = 40;
/** Quote or list containers opened in one body. 1,000 parse in < 1 s; 4,000 take ~5 s, growing as n². */
const MAX_CONTAINER_STARTS = 1_000;
/** `*`/`_`/`~` runs in one block: the emphasis resolver is superlinear per paragraph. */
const MAX_DELIMITER_RUNS_PER_BLOCK = 500;
/** One `*`/`_`/`~` run; 3,000 costs ~1 s, 100 a few ms. */
const MAX_DELIMITER_RUN = 100;
/** `[` in one block: 25,000 `[a]` in one paragraph take ~9 s. */
const MAX_BRACKETS_PER_BLOCK = 500;
/** How far to look for the `>` closing a JSX tag that spans lines. */
const MAX_TAG_SCAN = 4_000;


const isBlank = (c: string | undefined) => c === undefined || c === " " || c === "\t";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
/**
 * What may follow `<` in a JSX tag that micromark will nest: a name start (any Unicode
 * ID_Start, `$`, `_`: `<é>` and `<$>` are tags to MDX) or whitespace before the name
 * (`<` + U+00A0 + `div>`). Only ASCII letters were counted before, and 25,000 `<$>`
 * took micromark 3 s to refuse (security review F7).
 */
const opensTag = (c: string | undefined) => c !== undefined && /^[\p{ID_Start}$_\s]$/u.test(c);
const isAsciiLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
const isPunct = (c: string | undefined) => c !== undefined && /^[\p{P}\p{S}]$/u.test(c);
const thematicBreak = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const fenceOpen = /^(`{3,}|~{3,})/;

/**
 * The JSX tag starting at `from` (a `<`): the index of its closing `>` (or -1 when none
 * is found within MAX_TAG_SCAN) and whether it ends with `/>`. Quoted `>` do not end it,
 * and quoted text (`title="</"`) is not read as tags.
 */
function tagEnd(source: string, from: number): { end: number; selfClosing: boolean } {
  let quote: string | undefined;
  const limit = Math.min(source.length, from + MAX_TAG_SCAN);
  for (let i = from + 1; i < limit; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return { end: i, selfClosing: source[i - 1] === "/" };
    }
  }
  return { end: -1, selfClosing: false };
}

/** Index just after the code span opened by the backtick run at `at`, or after the run if it never closes on this line. */
function skipCodeSpan(line: string, at: number): number {
  let n = 0;
  while (line[at + n] === "`") n++;
  let i = at + n;
  while (i < line.length) {
    const close = line.indexOf("`", i);
    if (close < 0) break;
    let m = 0;
    while (line[close + m] === "`") m++;
    if (m === n) return close + m;
    i = close + m;
  }
  return at + n;
}

/** The first reason to refuse `source` without parsing it, if any. */
export function prescan(source: string): MdxProblem | undefined {
  if (source.length > MAX_SOURCE_LENGTH) {
    return { ...finding("tooLong", { length: source.length, limit: MAX_SOURCE_LENGTH }), line: 1, column: 1 };
  }

  let fence: { char: string; length: number } | undefined;
  let containerStarts = 0;
  let previousQuotes = 0;
  let tagDepth = 0;
  // Per block (reset at blank lines): open brackets, `[` seen, `*`/`_` runs seen, unclosed emphasis openers.
  let brackets = 0;
  let bracketCount = 0;
  let delimiterRuns = 0;
  let openers = 0;

  let lineNumber = 0;
  let lineStart = 0;
  while (lineStart <= source.length) {
    lineNumber++;
    let lineEnd = lineStart;
    while (lineEnd < source.length && source[lineEnd] !== "\n" && source[lineEnd] !== "\r") lineEnd++;
    const line = source.slice(lineStart, lineEnd);
    const at = (column: number, found: MdxFinding): MdxProblem => ({ ...found, line: lineNumber, column: column + 1 });

    // Container markers at the start of the line: `>` quotes and list item markers.
    let i = 0;
    let quotes = 0;
    let items = 0;
    const thematic = thematicBreak.test(line);
    while (!thematic) {
      while (line[i] === " " || line[i] === "\t") i++;
      const c = line[i];
      if (c === ">") {
        quotes++;
        i++;
      } else if ((c === "-" || c === "+" || c === "*") && isBlank(line[i + 1])) {
        items++;
        i++;
      } else if (isDigit(c)) {
        let j = i;
        while (isDigit(line[j]) && j - i < 9) j++;
        if ((line[j] === "." || line[j] === ")") && isBlank(line[j + 1])) {
          items++;
          i = j + 1;
        } else break;
      } else break;
      if (!fence && quotes + items > MAX_DEPTH) {
        return at(i - 1, finding("quotesTooDeep", { limit: MAX_DEPTH }));
      }
    }
    const rest = line.slice(i);
    const blank = rest.trim() === "";

    const fenceMatch = fenceOpen.exec(rest);
    if (fence) {
      const marker = fenceMatch?.[1];
      if (marker && marker[0] === fence.char && marker.length >= fence.length && rest.slice(marker.length).trim() === "") {
        fence = undefined;
      }
    } else if (fenceMatch?.[1] && !(fenceMatch[1][0] === "`" && rest.slice(fenceMatch[1].length).includes("`"))) {
      fence = { char: fenceMatch[1][0]!, length: fenceMatch[1].length };
    } else {
      containerStarts += items + Math.max(0, quotes - previousQuotes);
      previousQuotes = blank && quotes === 0 ? 0 : quotes;
      if (containerStarts > MAX_CONTAINER_STARTS) {
        return at(0, finding("tooManyContainers", { limit: MAX_CONTAINER_STARTS }));
      }
      if (blank) {
        brackets = bracketCount = delimiterRuns = openers = 0;
      } else if (!thematic) {
        const found = scanInline(rest, lineStart + i);
        if (found) return at(i + found.offset, found.problem);
      }
    }

    if (lineEnd >= source.length) break;
    lineStart = lineEnd + (source[lineEnd] === "\r" && source[lineEnd + 1] === "\n" ? 2 : 1);
  }
  return undefined;

  function scanInline(text: string, offset: number): { offset: number; problem: MdxFinding } | undefined {
    let j = 0;
    while (j < text.length) {
      const c = text[j];
      if (c === "\\") {
        j += 2;
      } else if (c === "`") {
        j = skipCodeSpan(text, j);
      } else if (c === "<") {
        const next = text[j + 1];
        if (next === "/" || next === ">" || opensTag(next)) {
          const tag = tagEnd(source, offset + j);
          // Prose like "a < b" is text to MDX: beyond `<>` and ASCII names, only a `<` whose tag closes counts.
          const counts = next === ">" || isAsciiLetter(next) || tag.end >= 0;
          if (next === "/") tagDepth = Math.max(0, tagDepth - 1);
          else if (counts && !tag.selfClosing && ++tagDepth > MAX_DEPTH) {
            return { offset: j, problem: finding("elementsTooDeep", { limit: MAX_DEPTH }) };
          }
          // Past the tag's own text (its attributes' quoted `</` or `<` open nothing) when it ends on this line.
          const endOnLine = tag.end - offset;
          j = tag.end >= 0 && endOnLine < text.length ? endOnLine + 1 : j + 1;
        } else {
          j++;
        }
      } else if (c === "[") {
        if (++brackets > MAX_DEPTH) return { offset: j, problem: finding("bracketsTooDeep", { limit: MAX_DEPTH }) };
        if (++bracketCount > MAX_BRACKETS_PER_BLOCK) {
          return { offset: j, problem: finding("tooManyBrackets", { limit: MAX_BRACKETS_PER_BLOCK }) };
        }
        j++;
      } else if (c === "]") {
        brackets = Math.max(0, brackets - 1);
        j++;
      } else if (c === "*" || c === "_" || c === "~") {
        // `~` is GFM strikethrough, resolved like emphasis (and as costly in long runs).
        let end = j;
        while (text[end] === c) end++;
        if (end - j > MAX_DELIMITER_RUN) return { offset: j, problem: finding("delimiterRun", { limit: MAX_DELIMITER_RUN, char: c }) };
        if (++delimiterRuns > MAX_DELIMITER_RUNS_PER_BLOCK) {
          return { offset: j, problem: finding("tooManyDelimiters", { limit: MAX_DELIMITER_RUNS_PER_BLOCK }) };
        }
        // CommonMark flanking rules: a run that can only open emphasis nests one level deeper.
        const before = text[j - 1] ?? " ";
        const after = text[end] ?? " ";
        const left = !isBlank(after) && (!isPunct(after) || isBlank(before) || isPunct(before));
        const right = !isBlank(before) && (!isPunct(before) || isBlank(after) || isPunct(after));
        if (left && !right && ++openers > MAX_DEPTH) {
          return { offset: j, problem: finding("emphasisTooDeep", { limit: MAX_DEPTH }) };
        }
        if (right && !left) openers = Math.max(0, openers - 1);
        j = end;
      } else {
        j++;
      }
    }
    return undefined;
  }
}
