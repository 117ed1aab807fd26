import { afterEach, describe, expect, it, vi } from "vitest";
import type { WallRole } from "@/db/queries/partners";
import { nextIntlServerStandIn } from "../../tests/int/support/next-stand-ins";

vi.mock("next-intl/server", () => nextIntlServerStandIn());

const { FooterSlot, footerMarkup, withFooter } = await import("./footer-markup");
const { renderDocument, renderMarkup } = await import("./static-markup");
const { siteText } = await import("@/lib/i18n/site-text");
const { SiteFooterView } = await import("@/components/site/site-footer");

function wall(name: string): WallRole[] {
  return [
    {
      id: 1,
      key: "organizer",
      labelEn: "Organizers",
      labelRu: "Организаторы",
      kind: "organizer",
      partners: [{ id: 7, nameEn: name, nameRu: name, url: "https://example.org", logo: null }],
    },
  ];
}

describe("the footer rendered once per locale and partner wall", () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    vi.stubEnv("NODE_ENV", env ?? "test");
  });

  it("puts the same markup where the page's slot was, after any text that names the slot", async () => {
    const text = await siteText("en");
    const page = renderDocument(
      <html>
        <body>
          <main>
            <FooterSlot />
          </main>
          <FooterSlot />
        </body>
      </html>,
    );
    const footer = renderMarkup(<SiteFooterView locale="en" roles={wall("Acme")} text={text} />);
    const html = withFooter(page, footer);
    expect(html.endsWith(`${footer}</body></html>`)).toBe(true);
    expect(html.split(footer)).toHaveLength(2);
    expect(() => withFooter("<html></html>", footer)).toThrow(/no footer slot/);
  });

  it("renders again only when the partner wall changed (production)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const text = await siteText("en");
    const first = footerMarkup("en", wall("Acme"), text);
    expect(first).toContain("Acme");
    expect(footerMarkup("en", wall("Acme"), text)).toBe(first);
    const renamed = footerMarkup("en", wall("Globex"), text);
    expect(renamed).toContain("Globex");
    expect(renamed).not.toContain("Acme");
    expect(footerMarkup("en", undefined, text)).not.toContain("Globex");
    expect(renamed).toBe(renderMarkup(<SiteFooterView locale="en" roles={wall("Globex")} text={text} />));
  });
});
