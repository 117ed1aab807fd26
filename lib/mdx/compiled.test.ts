import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { compileMDX } from "next-mdx-remote/rsc";
import { serialize } from "next-mdx-remote/serialize";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ALLOWLIST_VERSION } from "./allowlist";
import { mdxOptions } from "./compile";
import { MDX_COMPONENTS_VERSION } from "@/components/mdx/mdx-components";
import { renderMarkup } from "@/lib/html/static-markup";
import { compileMdxToHtml, MDX_COMPILER, storedHtml } from "./compiled";

const body = [
  "# Heading",
  "",
  "Some **bold** text, a [link](/en/program) and <a href=\"https://x.example\">jsx</a>.",
  "",
  "- one",
  "- two",
  "",
  "| a | b |",
  "|---|---|",
  "| 1 | 2 |",
  "",
  '<Callout title="Note">Soon.</Callout>',
].join("\n");

// The real renderer, spied on so that one test can make a render fail.
vi.mock("@/lib/html/static-markup", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/html/static-markup")>();
  return { ...real, renderMarkup: vi.fn(real.renderMarkup) };
});

afterEach(() => {
  vi.unstubAllEnvs();
});

async function html(source: string): Promise<string> {
  const compiled = await compileMdxToHtml(source);
  if (!compiled.ok) throw new Error("did not compile");
  return compiled.html;
}

describe("compileMdxToHtml", () => {
  it("renders the same markup as the editor's preview (compileMDX, evaluated with the runtime of NODE_ENV)", async () => {
    const { content } = await compileMDX({ source: body, options: mdxOptions, components: mdxComponents });
    const page = await html(body);
    expect(page).toBe(renderToStaticMarkup(content));
    expect(page).toContain("<strong>bold</strong>");
    expect(page).toContain('<aside class="callout"><p class="callout-title">Note</p>Soon.</aside>');
  });

  it("makes the same markup whatever NODE_ENV is, so stored markup does not depend on who stored it", async () => {
    expect(process.env.NODE_ENV).not.toBe("production"); // vitest runs as "test": serialize alone would emit jsxDEV
    const here = await html(body);
    vi.stubEnv("NODE_ENV", "production");
    expect(await html(body)).toBe(here);
  });

  it("leaves the shared options alone: serialize with them still follows NODE_ENV (the editor's preview, checkMdx)", async () => {
    await html(body);
    const { compiledSource } = await serialize(body, mdxOptions, true);
    expect(compiledSource).toContain("jsxDEV");
  });

  it("reports a body whose render throws as a problem, not a page error", async () => {
    vi.mocked(renderMarkup).mockImplementationOnce(() => {
      throw new Error("a component failed");
    });
    const compiled = await compileMdxToHtml(body);
    expect(compiled).toEqual({ ok: false, problems: [expect.objectContaining({ code: "compile", params: { reason: "a component failed" } })] });
    expect(storedHtml(compiled)).toBeNull();
  });
});

describe("MDX_COMPONENTS_VERSION", () => {
  it("moves whenever components/mdx/mdx-components.tsx changes (stored bodies are that file's markup)", () => {
    // When this fails: bump MDX_COMPONENTS_VERSION in that file, then put the file's new hash here.
    const source = readFileSync(new URL("../../components/mdx/mdx-components.tsx", import.meta.url), "utf8");
    expect({ version: MDX_COMPONENTS_VERSION, sha256: createHash("sha256").update(source).digest("hex") }).toEqual({
      version: 1,
      sha256: "59573ec66c5cfe11ed8e9def9be9f81e41e8dfdb58c0b19abb926a700ea6676b",
    });
  });
});

describe("MDX_COMPILER", () => {
  it("names the pipeline, next-mdx-remote's installed version, the allowlist's version, the components' and react-dom's", () => {
    const versionOf = (name: string) => {
      const packageFile = createRequire(import.meta.url).resolve(`${name}/package.json`);
      return (JSON.parse(readFileSync(packageFile, "utf8")) as { version: string }).version;
    };
    expect(MDX_COMPILER).toBe(
      `mdx3 next-mdx-remote@${versionOf("next-mdx-remote")} allowlist@${ALLOWLIST_VERSION} components@${MDX_COMPONENTS_VERSION} react-dom@${versionOf("react-dom")}`,
    );
  });
});

describe("storedHtml", () => {
  it("is the markup with the compiler's name, or nothing for a body with problems", async () => {
    expect(storedHtml(await compileMdxToHtml(body))).toEqual({ html: await html(body), compiledWith: MDX_COMPILER });
    expect(storedHtml(await compileMdxToHtml("<script>alert(1)</script>"))).toBeNull();
  });
});
