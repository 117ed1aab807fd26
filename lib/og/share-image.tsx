// The share preview of a page (og:image, twitter:image): a 1200x630 PNG with
// the page's title in its own language, drawn by next/og (satori + resvg) from
// fonts shipped in the project (assets/fonts/og). No network: next/og fetches
// a font from Google for any character its fonts lack (and emoji from a CDN),
// so the text is first reduced to what the shipped fonts cover.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SHARE_IMAGE } from "@/lib/og/share-image-url";
import { siteConfig, type Locale } from "@/lib/site-config";


type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

// One family name per subset: satori keeps one font per name, weight and style,
// so subsets sharing a name would hide each other's glyphs.
const FONT_FILES = [
  ["Inter Latin", "inter-latin-400-normal.woff", 400],
  ["Inter Cyrillic", "inter-cyrillic-400-normal.woff", 400],
  ["Inter Latin", "inter-latin-700-normal.woff", 700],
  ["Inter Cyrillic", "inter-cyrillic-700-normal.woff", 700],
] as const;
const FONT_FAMILY = "'Inter Latin', 'Inter Cyrillic'";

let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ([name, file, weight]) => {
      const buffer = await readFile(path.join(process.cwd(), "assets", "fonts", "og", file));
      const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
      return { name, data, weight, style: "normal" as const };
    }),
  ).catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}

// Inter's Latin and Cyrillic subsets: Basic Latin, Latin-1, Latin Extended-A,
// Cyrillic, and the punctuation, quotes, dashes and signs of both languages.
const COVERED = /[\u0020-\u007E\u00A0-\u017F\u0400-\u045F\u0490-\u04FF\u2010-\u2027\u2030-\u203A\u2044\u20AC\u20BD\u2116\u2122]/u;

/**
 * The text with every character the shipped fonts do not cover dropped (an
 * emoji, a Chinese quotation): such a character would make next/og fetch a
 * font. Runs of spaces left behind are folded.
 */
export function coveredText(text: string): string {
  return Array.from(text.normalize("NFC"))
    .filter((c) => COVERED.test(c))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Long titles get smaller type, so that any title fits in four lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 68;
  if (title.length <= 80) return 56;
  if (title.length <= 130) return 46;
  return 38;
}

export type ShareImage = { locale: Locale; title: string; kicker: string };

export async function shareImageResponse({ locale, title, kicker }: ShareImage, headers: HeadersInit = {}): Promise<Response> {
  const text = coveredText(title).slice(0, 180) || siteConfig.name[locale];
  const meta = coveredText(`${siteConfig.name[locale]} · ${siteConfig.city[locale]}`);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "64px 72px", background: "#0b2545", color: "#ffffff", fontFamily: FONT_FAMILY, borderBottom: "16px solid #d4a73a" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
          <div style={{ width: 84, height: 84, borderRadius: 42, border: "4px solid #d4a73a", display: "flex", alignItems: "center", justifyContent: "center", color: "#ecd08a", fontSize: 34, fontWeight: 700 }}>IF</div>
          <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#ecd08a" }}>{coveredText(kicker)}</div>
        </div>
        <div style={{ display: "flex", fontSize: titleSize(text), fontWeight: 700, lineHeight: 1.15, maxHeight: 4 * 1.15 * titleSize(text), overflow: "hidden" }}>{text}</div>
        <div style={{ display: "flex", fontSize: 28, fontWeight: 400, color: "#dfe3ea" }}>{meta}</div>
      </div>
    ),
    { ...SHARE_IMAGE, fonts: await loadFonts(), headers },
  );
}
