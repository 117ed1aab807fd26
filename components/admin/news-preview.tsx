import "server-only";
// Staff previews of an article body through the one MDX pipeline the public
// article page uses (compileChecked + compileMDX + the same components), so
// what the preview shows is what visitors will get. Unlike the public
// renderer, a body with problems is not rendered at all: the editor gets the
// problems instead.
import { compileMDX } from "next-mdx-remote/rsc";
import type { ReactElement } from "react";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { compileChecked, type MdxOutcome } from "@/lib/mdx/compile";
import { PreviewProblems } from "./news/preview-problems";

export type PreviewOutcome = MdxOutcome<ReactElement>;

export async function compileBody(source: string): Promise<PreviewOutcome> {
  return compileChecked(source, async (file, options) => {
    const { content } = await compileMDX({ source: file, options, components: mdxComponents });
    return content;
  });
}

// The full-page preview of a saved version renders on every request (it is
// per staff member and never cached), so its compile is memoised by id:version
// as DESIGN.md asks; a saved version never changes.
const MEMO_LIMIT = 50;
const memo = new Map<string, Promise<PreviewOutcome>>();

export function compileSavedBody(id: number, version: number, source: string): Promise<PreviewOutcome> {
  const key = `${id}:${version}`;
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit); // most recently used last
    return hit;
  }
  const pending = compileBody(source);
  memo.set(key, pending);
  pending.catch(() => memo.delete(key));
  while (memo.size > MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  return pending;
}

type Props = {
  /** The article's title, or the editor's word for "untitled" (a saved article always has one). */
  title: string;
  lede: string;
  outcome: PreviewOutcome;
  /** The live pane sits under the page's own h1; the full-page preview is the page. */
  headingLevel: "h1" | "h2";
  dateLine?: string;
};

/** The article as the public page lays it out: date, title, lede, body. */
export function ArticlePreview({ title, lede, outcome, headingLevel: Heading, dateLine }: Props) {
  return (
    <article className="article">
      <header className="article__head">
        {dateLine ? <p className="article__date">{dateLine}</p> : null}
        <Heading>{title}</Heading>
        {lede ? <p className="lead">{lede}</p> : null}
      </header>
      <PreviewBody outcome={outcome} />
    </article>
  );
}

/** The rendered body, or the list of what stops it from rendering. */
export function PreviewBody({ outcome }: { outcome: PreviewOutcome }) {
  if (outcome.ok) return <div className="prose">{outcome.value}</div>;
  return <PreviewProblems problems={outcome.problems} />;
}
