import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compileMdxToHtml, type CompiledMdx } from "@/lib/mdx/compiled";
import { MdxBody } from "./mdx-content";

async function render(source: string): Promise<string> {
  // Compiled on the spot, then inserted: what every page does with its body (compiled through the data cache).
  return renderToStaticMarkup(<MdxBody source={source} label="test body" compiled={await compileMdxToHtml(source)} />);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("MdxBody with a good body", () => {
  it("renders markdown through the component map inside .prose", async () => {
    const html = await render(
      [
        "# Heading",
        "",
        "See [outside](https://example.com), [inside](/en/program) and <a href=\"https://x.example\">jsx</a>.",
        "",
        "![Hall](/media/1)",
        "",
        "| a | b |",
        "|---|---|",
        "| 1 | 2 |",
        "",
        '<Callout title="Note">Registration closes soon.</Callout>',
        "",
        '<Figure src="/media/2" alt="Plenary" caption="The plenary session" />',
      ].join("\n"),
    );
    expect(html.startsWith('<div class="prose">')).toBe(true);
    // The page owns the h1.
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">outside</a>');
    expect(html).toContain('<a href="/en/program">inside</a>');
    // Tags written as JSX go through the same components as markdown.
    expect(html).toContain('<a href="https://x.example" rel="noopener noreferrer">jsx</a>');
    expect(html).toContain('<img alt="Hall" src="/media/1" loading="lazy" decoding="async"/>');
    expect(html).toContain('<div class="table-scroll" tabindex="0"><table><thead><tr><th>a</th><th>b</th></tr></thead>');
    expect(html).toContain('<aside class="callout"><p class="callout-title">Note</p>Registration closes soon.</aside>');
    expect(html).toContain(
      '<figure><img src="/media/2" alt="Plenary" loading="lazy" decoding="async"/><figcaption>The plenary session</figcaption></figure>',
    );
  });
});

describe("MdxBody with a refused body", () => {
  const hostile = [
    "<script>alert(1)</script>",
    '<iframe srcDoc="<script>alert(1)</script>" />',
    '<img src="x" onError="alert(1)" />',
    "[x](javascript:alert(1))",
    "{process.exit()}",
    'import x from "y"',
    ">".repeat(1000) + " x",
  ];

  it.each(hostile)("shows %j as escaped text and logs one line", async (source) => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = await render(source);
    // Only the fallback's own two elements: nothing the browser could run.
    expect(html.match(/<[a-z][^>]*>/gi)).toEqual(['<div class="mdx-fallback">', "<pre>"]);
    expect(html).not.toMatch(/<(?:script|iframe|img|a)[\s>]/i);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^\[mdx\] test body: \d+:\d+ /);
  });

  it("escapes the source in the fallback", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await render("<script>alert(1)</script> & more")).toBe(
      '<div class="mdx-fallback"><pre>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</pre></div>',
    );
  });

  it("falls back on syntax errors too, without throwing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await render("I <3 forums")).toBe('<div class="mdx-fallback"><pre>I &lt;3 forums</pre></div>');
    expect(log.mock.calls[0]?.[0]).toMatch(/^\[mdx\] test body: 1:4 Syntax error: Unexpected character/);
  });
});

describe("MdxBody with a body compiled beforehand (articles: once per distinct body)", () => {
  const body = "# Heading\n\nSome **bold** text and [a link](https://example.com).\n\n<Callout title=\"Note\">Soon.</Callout>";

  it("renders the same markup from the cached compile as from compiling on the spot", async () => {
    // Through JSON, as the data cache stores it.
    const compiled = JSON.parse(JSON.stringify(await compileMdxToHtml(body))) as CompiledMdx;
    expect(compiled.ok).toBe(true);
    const fromCache = renderToStaticMarkup(<MdxBody source={body} label="cached" compiled={compiled} />);
    expect(fromCache).toBe(await render(body));
    expect(fromCache).toContain("<strong>bold</strong>");
  });

  // A body whose code throws when evaluated or rendered is a compile with problems (lib/mdx/compiled.test.ts).
  it("keeps the fallback for a body whose cached compile recorded problems", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = await compileMdxToHtml("<script>alert(1)</script>");
    expect(refused.ok).toBe(false);
    expect(renderToStaticMarkup(<MdxBody source="<script>" label="refused" compiled={refused} />)).toBe(
      '<div class="mdx-fallback"><pre>&lt;script&gt;</pre></div>',
    );
    expect(log.mock.calls.map((c) => c[0])).toEqual([expect.stringMatching(/^\[mdx\] refused: \d+:\d+ /)]);
  });
});
