// The JSX elements an MDX body may use, and for each the attributes it may
// carry. Everything absent is refused: an allowlist stays safe when React or
// browsers grow new ways to run code (`srcDoc`, `formAction`, `on*`, …).

/** How an attribute's string value is checked. */
export type AttributeRule = "text" | "link-url" | "image-url" | RegExp;

type ElementRule = {
  attributes: Readonly<Record<string, AttributeRule>>;
  required?: readonly string[];
};

const integer = /^[1-9][0-9]{0,3}$/;
const cellAttributes = { colSpan: integer, rowSpan: integer, align: /^(?:left|center|right)$/ } as const;
const none = {} as const;

// A Map, not an object literal: an element named `constructor` or
// `__proto__` must not find anything on Object.prototype.
export const allowedElements: ReadonlyMap<string, ElementRule> = new Map<string, ElementRule>([
  // Our components (components/mdx/mdx-components.tsx).
  ["Callout", { attributes: { title: "text" } }],
  ["Figure", { attributes: { src: "image-url", alt: "text", caption: "text" }, required: ["src"] }],
  // Plain tags.
  ["a", { attributes: { href: "link-url", title: "text" } }],
  ["img", { attributes: { src: "image-url", alt: "text", title: "text", width: integer, height: integer }, required: ["src"] }],
  ["abbr", { attributes: { title: "text" } }],
  ["ol", { attributes: { start: /^[0-9]{1,6}$/ } }],
  ["td", { attributes: cellAttributes }],
  ["th", { attributes: cellAttributes }],
  ...[
    "p", "strong", "em", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "br", "hr",
    "h2", "h3", "h4", "h5", "h6", "ul", "li", "blockquote", "code", "pre", "kbd",
    "table", "thead", "tbody", "tr", "figure", "figcaption", "dl", "dt", "dd", "span", "div",
  ].map((name): [string, ElementRule] => [name, { attributes: none }]),
]);

export function attributeRule(element: ElementRule, name: string): AttributeRule | undefined {
  return Object.hasOwn(element.attributes, name) ? element.attributes[name] : undefined;
}
