// Renders an MDX body (a content/ page or a news article). Never throws: a
// body that fails the allowlist or does not compile is logged once and shown
// as escaped plain text, so the page still answers 200 and the text is not lost.
//
// Bodies are compiled once per saved version (an article's code is kept in
// its row) or per distinct text (lib/data/news.ts getArticleBody,
// getCompiledBody); MdxBody only evaluates the code and is synchronous, so the
// documents render it with React's static renderer.
import { renderCompiledMdx, type CompiledMdx } from "@/lib/mdx/compiled";
import { mdxProblemText } from "@/lib/mdx/problem-text";
import { mdxComponents } from "./mdx-components";

type Props = {
  source: string;
  /** Names the body in the log line, e.g. `news en/forum-opens`. */
  label: string;
};

/** A body already compiled (the same pipeline; the allowlist ran inside that one compile). */
export function MdxBody({ source, label, compiled }: Props & { compiled: CompiledMdx }) {
  let problem: string | null = null;
  let content: React.ReactElement | null = null;
  if (compiled.ok) {
    try {
      content = renderCompiledMdx(compiled.code, mdxComponents);
    } catch (error) {
      problem = `evaluating the compiled body failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  } else {
    const first = compiled.problems[0];
    const where = first ? `${first.line}:${first.column} ${mdxProblemText(first, "en")}` : "unknown problem";
    problem = `${where} (${compiled.problems.length} problem(s))`;
  }
  if (content === null) {
    console.error(`[mdx] ${label}: ${problem}; rendered as plain text`);
    return (
      <div className="mdx-fallback">
        <pre>{source}</pre>
      </div>
    );
  }
  return <div className="prose">{content}</div>;
}
