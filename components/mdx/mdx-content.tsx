// Renders an MDX body (a content/ page or a news article). Never throws: a
// body that fails the allowlist or does not compile is logged once and shown
// as escaped plain text, so the page still answers 200 and the text is not lost.
//
// Articles pass `compiled`, their body compiled once per saved version
// (lib/data/news.ts getCompiledBody): rendering then only evaluates the code.
// Content pages compile here on each render (they render once and never expire).
import { compileMdxToCode, renderCompiledMdx, type CompiledMdx } from "@/lib/mdx/compiled";
import { mdxComponents } from "./mdx-components";

type Props = {
  source: string;
  /** Names the body in the log line, e.g. `news en/forum-opens`. */
  label: string;
  /** `source` already compiled (the same pipeline); compiled here when absent. */
  compiled?: CompiledMdx;
};

export async function MdxContent({ source, label, compiled }: Props) {
  // One compile: the allowlist runs inside it, so problems and output come from the same pass.
  const outcome = compiled ?? (await compileMdxToCode(source));
  let problem: string | null = null;
  let content: React.ReactElement | null = null;
  if (outcome.ok) {
    try {
      content = renderCompiledMdx(outcome.code, mdxComponents);
    } catch (error) {
      problem = `evaluating the compiled body failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  } else {
    const first = outcome.problems[0];
    const where = first ? `${first.line}:${first.column} ${first.message}` : "unknown problem";
    problem = `${where} (${outcome.problems.length} problem(s))`;
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
