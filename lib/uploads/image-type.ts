// Which image format a file is, decided from its bytes only: the file name and
// the browser's MIME type are whatever the sender chose, so they are ignored.
export type UploadType = "png" | "jpeg" | "webp" | "svg";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** How far into a file we look for the <svg> root element (after prolog, comments, doctype). */
const SVG_SNIFF_CHARS = 4096;

export function sniffImageType(bytes: Buffer): UploadType | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "webp";
  if (looksLikeSvg(bytes)) return "svg";
  return null;
}

/**
 * An SVG is UTF-8 text whose first element is <svg>, after an optional BOM,
 * XML declaration, comments, processing instructions and doctype. Anything
 * binary (a NUL byte or invalid UTF-8 anywhere) is not.
 */
function looksLikeSvg(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, SVG_SNIFF_CHARS * 4));
  } catch {
    // A multi-byte character cut at the sniff boundary is fine; real garbage is not.
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return false;
    }
  }
  let rest = text.replace(/^\uFEFF/, "").slice(0, SVG_SNIFF_CHARS);
  for (;;) {
    rest = rest.trimStart();
    const skipped =
      /^<\?[\s\S]*?\?>/.exec(rest) ?? // XML declaration, processing instructions
      /^<!--[\s\S]*?-->/.exec(rest) ?? // comments
      /^<!DOCTYPE\s[^[>]*(?:\[[\s\S]*?\])?\s*>/i.exec(rest); // doctype, with an internal subset
    if (!skipped) break;
    rest = rest.slice(skipped[0].length);
  }
  return /^<svg[\s>/]/.test(rest);
}

/**
 * SVG constructs that reach outside the file: external entities (XXE) and
 * XInclude. The rasterizer is not given a base location, so it could not load
 * them anyway; refusing them says so plainly instead of rendering half a logo.
 */
export function svgReachesOutside(bytes: Buffer): boolean {
  const text = bytes.toString("utf8");
  return /<!ENTITY[^>]*\b(?:SYSTEM|PUBLIC)\b/i.test(text) || /<(?:[\w-]+:)?include\b[^>]*XInclude/i.test(text) || /\bxi:include\b/i.test(text);
}
