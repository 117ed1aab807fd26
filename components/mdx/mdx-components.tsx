// What MDX bodies render into. Server components only: bodies are static text.
// The names here must match lib/mdx/elements.ts (Callout, Figure and their
// attributes); a component not allowed there can never be reached from a body.
import type { ComponentPropsWithoutRef, ReactNode } from "react";

/**
 * Article bodies are kept as the markup these components rendered (lib/mdx/compiled.ts):
 * a change to this file changes what a body would render into, so it moves this
 * number, and markup kept under the old one is rendered again (at its next save, or
 * on its page's next miss). mdx-components.test.ts fails when the file changes
 * without it.
 */
export const MDX_COMPONENTS_VERSION = 1;

function isExternal(href: string | undefined): boolean {
  return href !== undefined && /^\s*https?:/i.test(href);
}

function Anchor({ href, rel, ...props }: ComponentPropsWithoutRef<"a">) {
  return <a href={href} rel={isExternal(href) ? "noopener noreferrer" : rel} {...props} />;
}

function Image({ alt, ...props }: ComponentPropsWithoutRef<"img">) {
  // Body images sit below the fold more often than not.
  return <img alt={alt ?? ""} {...props} loading="lazy" decoding="async" />;
}

function Table(props: ComponentPropsWithoutRef<"table">) {
  // Wide tables scroll inside their own box instead of widening a 320px page;
  // tabIndex lets keyboard users scroll it.
  return (
    <div className="table-scroll" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** The page owns the h1; a markdown `#` inside a body becomes the first level below it. */
function BodyHeading(props: ComponentPropsWithoutRef<"h2">) {
  return <h2 {...props} />;
}

function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside className="callout">
      {title ? <p className="callout-title">{title}</p> : null}
      {children}
    </aside>
  );
}

function Figure({ src, alt, caption }: { src: string; alt?: string; caption?: string }) {
  return (
    <figure>
      <img src={src} alt={alt ?? ""} loading="lazy" decoding="async" />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}

export const mdxComponents = {
  a: Anchor,
  img: Image,
  table: Table,
  h1: BodyHeading,
  Callout,
  Figure,
};
