// Our remark plugin: the part of MDX safety that next-mdx-remote's blockJS
// does not cover. blockJS strips `{…}` expressions and ESM but still renders
// any JSX tag with string attributes — `<script>`, `<iframe srcDoc>`,
// `<base href>`, `<meta http-equiv>`, `<style>`, `<img onError>` — and lets
// `javascript:` URLs through. This plugin refuses all of that, with a vfile
// message (line and column) per problem, and then aborts the compile, so a
// body with problems never turns into code.
//
// It runs before next-mdx-remote's own plugins (user remark plugins come
// first), so it still sees the expressions and ESM that blockJS would
// silently drop, and can tell the editor about them.
import type { VFile } from "vfile";
import { allowedElements, attributeRule } from "./elements";
import { MAX_DEPTH, prescan } from "./prescan";
import { finding, quoted, type MdxFinding } from "./problems";
import { isAllowedUrl, type UrlUse } from "./safe-url";

/**
 * The version of the rules (this file, elements.ts, safe-url.ts, prescan.ts).
 * Bump it with any change to what they refuse: it is part of MDX_COMPILER
 * (compiled.ts), so bodies compiled under older rules are compiled again, and
 * one the new rules refuse shows as plain text rather than as kept code.
 */
export const ALLOWLIST_VERSION = 1;

/** `source` of every vfile message this plugin adds; callers pick problems out by it. */
export const MDX_PROBLEM_SOURCE = "podium-mdx";

/**
 * A vfile message of this plugin: its reason and ruleId are the code, and the
 * finding (code and values) rides along, so the words are chosen where the
 * problem is shown, in the reader's language (lib/mdx/problems.ts).
 */
export type MdxProblemMessage = ReturnType<VFile["message"]> & { finding?: MdxFinding };

function addProblem(file: VFile, found: MdxFinding, place: Point | Position | undefined): void {
  const message: MdxProblemMessage = file.message(found.code, { place, ruleId: found.code, source: MDX_PROBLEM_SOURCE });
  message.finding = found;
}
/** Past this many problems the rest is noise; stop looking. */
const MAX_PROBLEMS = 100;

type Point = { line: number; column: number };
type Position = { start: Point; end: Point };
type Attribute =
  | { type: "mdxJsxAttribute"; name: string; value?: string | { type: string } | null; position?: Position }
  | { type: "mdxJsxExpressionAttribute"; value: string; position?: Position };
/** The few mdast / mdast-util-mdx fields this plugin reads. */
type MdNode = {
  type: string;
  position?: Position;
  children?: MdNode[];
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: Attribute[];
  data?: { _mdxExplicitJsx?: boolean | null; estree?: { body: unknown[] } | null };
};
type ParserLike = (document: string, file: VFile) => unknown;

/** mdast types that carry no URL, name or code of their own. */
const plainTypes = new Set([
  "root", "paragraph", "heading", "thematicBreak", "blockquote", "list", "listItem", "code", "inlineCode",
  "text", "emphasis", "strong", "delete", "break", "table", "tableRow", "tableCell", "linkReference", "imageReference",
  "footnoteReference", "footnoteDefinition",
]);

/** Thrown to stop the compile once problems are recorded; its text is never shown. */
class MdxRefusedError extends Error {
  constructor(count: number) {
    super(`MDX refused: ${count} problem(s)`);
    this.name = "MdxRefusedError";
  }
}

/**
 * remark plugin (attacher). Besides the tree check it wraps the processor's
 * parser, because two things must happen around parsing itself: the length
 * and nesting pre-scan (the parser overflows or stalls on hostile nesting, see
 * prescan.ts), and turning the parser's own syntax errors into messages with
 * their position (next-mdx-remote rethrows them as plain text without it).
 */
export function remarkAllowlist(this: { parser?: ParserLike | undefined }) {
  const parse = this.parser;
  if (!parse) throw new Error("remarkAllowlist must be used after remark-parse");
  this.parser = (document, file) => {
    const early = prescan(document);
    if (early) {
      addProblem(file, early, { line: early.line, column: early.column });
      throw new MdxRefusedError(1);
    }
    try {
      return parse(document, file);
    } catch (error) {
      addProblem(file, syntaxFinding(error), syntaxPlace(error));
      throw error;
    }
  };
  return (tree: MdNode, file: VFile) => checkTree(tree, file);
}

/**
 * The parser's syntax errors: micromark's and acorn's reason strings are the
 * library's own English text, which we cannot translate one by one (they name
 * tokens and expectations in many shapes). The message gives them a lead in the
 * reader's language ("Syntax error: …" / «Ошибка разметки: …») and keeps the
 * library's reason after it; the line and column, the useful part, are ours.
 */
function syntaxFinding(error: unknown): MdxFinding {
  if (error instanceof RangeError) return finding("parserOverflow", {});
  if (error && typeof error === "object" && "reason" in error && typeof error.reason === "string") return finding("syntax", { reason: error.reason });
  return finding("syntax", { reason: error instanceof Error ? error.message : String(error) });
}

function syntaxPlace(error: unknown): Point | Position | undefined {
  if (error && typeof error === "object" && "place" in error) {
    const place = error.place as Point | Position | undefined;
    if (place && ("line" in place || "start" in place)) return place;
  }
  return undefined;
}

function checkTree(tree: MdNode, file: VFile): void {
  let count = 0;
  const report: Report = (node, found, fallback) => {
    count++;
    addProblem(file, found, node.position ?? fallback);
  };
  const definitions = new Map<string, MdNode>();
  const imageReferences: MdNode[] = [];

  // Recursion is safe: it never goes deeper than MAX_DEPTH + 1.
  const walk = (node: MdNode, depth: number): void => {
    if (count >= MAX_PROBLEMS) return;
    if (depth > MAX_DEPTH) {
      report(node, finding("treeTooDeep", { limit: MAX_DEPTH }));
      return;
    }
    checkNode(node, report);
    if (node.type === "definition" && node.identifier) definitions.set(node.identifier, node);
    if (node.type === "imageReference") imageReferences.push(node);
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  walk(tree, 0);

  // `![x][ref]` takes its URL from the definition, so that URL must also pass as an image.
  const usedAsImage = new Set(imageReferences.map((reference) => reference.identifier && definitions.get(reference.identifier)));
  for (const definition of usedAsImage) {
    if (definition && definition.url !== undefined && !isAllowedUrl(definition.url, "image")) {
      report(definition, finding("imageUrl", { url: quoted(definition.url) }));
    }
  }
  if (count > 0) throw new MdxRefusedError(count);
}

type Report = (node: { position?: Position }, found: MdxFinding, fallback?: Position) => void;

function checkUrl(node: MdNode, url: string, use: UrlUse, report: Report, fallback?: Position): void {
  if (isAllowedUrl(url, use)) return;
  report(node, finding(use === "image" ? "imageUrl" : "linkUrl", { url: quoted(url) }), fallback);
}

function checkNode(node: MdNode, report: Report): void {
  switch (node.type) {
    case "link":
    case "definition":
      checkUrl(node, node.url ?? "", "link", report);
      return;
    case "image":
      checkUrl(node, node.url ?? "", "image", report);
      return;
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      checkElement(node, report);
      return;
    case "mdxjsEsm":
      report(node, finding("esm", {}));
      return;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      // `{/* note */}` is how MDX writes a comment: no code, and blockJS removes it.
      if (node.data?.estree?.body.length === 0) return;
      report(node, finding("expression", {}));
      return;
    case "html":
      report(node, finding("html", {}));
      return;
    default:
      if (!plainTypes.has(node.type)) report(node, finding("node", { type: node.type }));
  }
}

function checkElement(node: MdNode, report: Report): void {
  if (!node.name) {
    report(node, finding("fragment", {}));
    return;
  }
  const tag = `<${node.name}>`;
  const rule = allowedElements.get(node.name);
  if (!rule) {
    report(node, finding("element", { tag }));
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      report(attribute, finding("spread", { tag }), node.position);
      continue;
    }
    const { name, value } = attribute;
    const check = attributeRule(rule, name);
    if (!check) {
      report(attribute, finding("attributeNotAllowed", { name, tag }), node.position);
    } else if (value === null || value === undefined) {
      report(attribute, finding("attributeNoValue", { name, tag }), node.position);
    } else if (typeof value !== "string") {
      report(attribute, finding("attributeExpression", { name, tag }), node.position);
    } else if (check === "link-url" || check === "image-url") {
      checkUrl(attribute, value, check === "image-url" ? "image" : "link", report, node.position);
    } else if (check instanceof RegExp && !check.test(value)) {
      report(attribute, finding("attributeInvalid", { name, tag, value: quoted(value) }), node.position);
    }
    seen.add(name);
  }
  for (const name of rule.required ?? []) {
    if (!seen.has(name)) report(node, finding("attributeRequired", { name, tag }));
  }
  // MDX renders tags written as JSX as they are, bypassing the components
  // map; unmarking them sends `<a>`, `<img>`, `<table>` through the same
  // components as their markdown forms (rel, lazy loading, scroll wrapper).
  if (/^[a-z]/.test(node.name) && node.data) delete node.data._mdxExplicitJsx;
}
