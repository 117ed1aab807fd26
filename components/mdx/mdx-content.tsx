// Renders an MDX body (a content/ page or a news article). Never throws: a
// body that fails the allowlist or does not compile is logged once and shown
// as escaped plain text, so the page still answers 200 and the text is not lost.
//
// Bodies are compiled to markup once per saved version (an article's is kept in
// its row) or per distinct text (lib/data/news.ts getArticleBody,
// getCompiledBody): MdxBody only inserts that markup, so it is synchronous and
// the documents render it with React's static renderer.
import type { CompiledMdx } from "@/lib/mdx/compiled";
import { mdxProblemText } from "@/lib/mdx/problem-text";

type Props = {
  source: string;
  /** Names the body in the log line, e.g. `news en/forum-opens`. */
  label: string;
};

/** A body already compiled (the same pipeline; the allowlist ran inside that one compile). */
export function MdxBody({ source, label, compiled }: Props & { compiled: CompiledMdx }) {
  if (!compiled.ok) {
    const first = compiled.problems[0];
    const where = first ? `${first.line}:${first.column} ${mdxProblemText(first, "en")}` : "unknown problem";
    console.error(`[mdx] ${label}: ${where} (${compiled.problems.length} problem(s)); rendered as plain text`);
    return (
      <div className="mdx-fallback">
        <pre>{source}</pre>
      </div>
    );
  }
  // Our own render of an allowlisted body (lib/mdx/compiled.ts), never a visitor's text.
  return <div className="prose" dangerouslySetInnerHTML={{ __html: compiled.html }} />;
}
