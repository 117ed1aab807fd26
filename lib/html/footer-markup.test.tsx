import { afterEach, describe, expect, it, vi } from "vitest";
import type { WallRole } from "@/db/queries/partners";
import { nextIntlServerStandIn } from "../../tests/int/support/next-stand-ins";

vi.mock("next-intl/server", () => nextIntlServerStandIn());
// The data cache as a map (what Next's unstable_cache keeps, keyed by its key parts),
// and the partner wall as a value the test sets: this file has no database.
const data = vi.hoisted(() => ({ entries: new Map<string, unknown>(), keys: [] as string[][], wall: [] as unknown[], reads: 0 }));
vi.mock("next/cache", async () => (await import("../../tests/int/support/next-stand-ins")).memoryDataCache(data));
vi.mock("@/db", () => ({ getDb: async () => ({}) }));
vi.mock("@/db/queries/partners", () => ({
  listPartnerWall: async () => {
    data.reads++;
    return data.wall;
  },
}));

const { FooterSlot, footerWithoutPartnerWall, footerWithPartnerWall, withFooter } = await import("./footer-markup");
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

describe("the footer rendered once and spliced into each page", () => {
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

  it("keeps the footer with the wall in the data cache per locale, rendered again once the entry goes (a partner save)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const text = await siteText("en");
    data.wall = wall("Acme");
    const first = await footerWithPartnerWall("en");
    expect(first).toBe(renderMarkup(<SiteFooterView locale="en" roles={wall("Acme")} text={text} />));
    expect(await footerWithPartnerWall("en")).toBe(first);
    expect(data.reads).toBe(1);
    expect(data.keys).toEqual([["footer-markup", "en"]]);

    data.wall = wall("Globex");
    expect(await footerWithPartnerWall("en")).toBe(first); // still the stored one
    data.entries.clear(); // what expiring the `partners` tag does
    const renamed = await footerWithPartnerWall("en");
    expect(renamed).toContain("Globex");
    expect(renamed).not.toContain("Acme");
    expect(data.reads).toBe(2);

    const ru = await footerWithPartnerWall("ru");
    expect(ru).toBe(renderMarkup(<SiteFooterView locale="ru" roles={wall("Globex")} text={await siteText("ru")} />));
  });

  it("renders the footer without the wall (the 404 page) from no data, once per locale", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const reads = data.reads;
    const footer = await footerWithoutPartnerWall("en");
    expect(footer).toBe(renderMarkup(<SiteFooterView locale="en" roles={undefined} text={await siteText("en")} />));
    expect(await footerWithoutPartnerWall("en")).toBe(footer);
    expect(data.reads).toBe(reads);
  });
});
