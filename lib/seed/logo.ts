// Demo partner logos, drawn at seed time (no downloads): a coloured mark with
// the partner's initials beside its name, in the shape of a real wordmark.
import { createHash } from "node:crypto";
import { escapeXml } from "@/lib/feeds/xml";

const palette = ["#0b3d91", "#8a1538", "#00695c", "#6a1b9a", "#b45309", "#1f4e79", "#2e7d32", "#a11d33", "#37474f", "#005f73"];

function initials(name: string): string {
  const words = name
    .replace(/[«»"“”()]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 2 && /^\p{Lu}/u.test(w));
  const letters = (words.length ? words : name.split(/\s+/)).slice(0, 2).map((w) => w[0]);
  return letters.join("").toUpperCase();
}

/** Splits a name over at most two lines of at most `width` characters; what does not fit ends in "…". */
function wrap(name: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of name.split(/\s+/)) {
    if (!current) current = word;
    else if ((current + " " + word).length <= width) current += ` ${word}`;
    else if (lines.length === 0) {
      lines.push(current);
      current = word;
    } else {
      current += ` ${word}`;
    }
  }
  lines.push(current);
  return lines.map((line) => (line.length > width ? `${line.slice(0, width - 1).trimEnd()}…` : line));
}

export function logoSvg(name: string): string {
  const hash = createHash("sha1").update(name).digest();
  const colour = palette[hash[0]! % palette.length]!;
  const round = hash[1]! % 2 === 0;
  const mark = round
    ? `<circle cx="60" cy="60" r="44" fill="${colour}"/>`
    : `<rect x="16" y="16" width="88" height="88" rx="14" fill="${colour}"/>`;
  const lines = wrap(name, 20);
  const text = lines
    .map(
      (line, i) =>
        `<text x="124" y="${lines.length === 1 ? 70 : 55 + i * 28}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="19" font-weight="700" fill="#1d2433">${escapeXml(line)}</text>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="120" viewBox="0 0 360 120"><rect width="360" height="120" fill="#ffffff"/>${mark}<text x="60" y="71" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="30" font-weight="700" fill="#ffffff">${escapeXml(initials(name))}</text>${text}</svg>`;
}
