// An article body's compiled markup as a save stores it beside the body
// (news_articles.compiled_body, compiled_with). db/ never compiles (it does not
// import lib/): every writer passes in what lib/mdx/compiled.ts produced.

/** The markup and the name of the pipeline that made it (MDX_COMPILER); null when the body was not compiled. */
export type CompiledBody = { html: string; compiledWith: string } | null;

/** The two columns for a row whose body is `compiled` (or was not compiled: both null). */
export function compiledBodyColumns(compiled: CompiledBody): { compiledBody: string | null; compiledWith: string | null } {
  return compiled ? { compiledBody: compiled.html, compiledWith: compiled.compiledWith } : { compiledBody: null, compiledWith: null };
}
