// MDX compiled once, rendered many times. compileMDX (next-mdx-remote/rsc)
// compiles on every call; here the compile (serialize: parse, allowlist, JS
// generation) is split from the cheap part, evaluating the generated code, so
// the compiled code can be cached per saved version (lib/data/news.ts) and
// each render only evaluates it. Both halves do exactly what compileMDX does
// (same options, same allowlist pass, same function-body evaluation), so the
// output and the fallback for bad bodies are unchanged.
import { createElement, type ComponentProps, type ReactElement } from "react";
import * as devRuntime from "react/jsx-dev-runtime";
import * as prodRuntime from "react/jsx-runtime";
import { serialize } from "next-mdx-remote/serialize";
import { compileChecked, type MdxProblem } from "./compile";

/** Plain data (JSON), so it can live in the data cache. */
export type CompiledMdx = { ok: true; code: string } | { ok: false; problems: MdxProblem[] };

type MdxComponents = Record<string, unknown>;

/** Compiles for React Server Components, as compileMDX does (its `rsc` flag: no provider import). */
export async function compileMdxToCode(source: string): Promise<CompiledMdx> {
  const outcome = await compileChecked(source, (file, options) => serialize(file, options, true));
  return outcome.ok ? { ok: true, code: outcome.value.compiledSource } : { ok: false, problems: outcome.problems };
}

// serialize compiles for the dev runtime (jsxDEV) unless NODE_ENV is production;
// the code must be run with the runtime it was compiled for.
const jsxRuntime = process.env.NODE_ENV === "production" ? prodRuntime : devRuntime;

/**
 * Runs compiled code into a React element, as compileMDX does: the code is a
 * function body reading the JSX runtime from its first argument. The code was
 * produced by our own compile of an allowlisted body (blockJS on), never taken
 * from a visitor.
 */
export function renderCompiledMdx(code: string, components: MdxComponents): ReactElement {
  const hydrate = Reflect.construct(Function, ["opts", "frontmatter", code]) as (runtime: unknown, frontmatter: object) => { default: (props: { components: MdxComponents }) => ReactElement };
  const Content = hydrate.apply(hydrate, [jsxRuntime, {}]).default;
  return createElement(Content as (props: ComponentProps<typeof Content>) => ReactElement, { components });
}
