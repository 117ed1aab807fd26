// Image facts computed from the decoded bytes, never from a file name.
import { createHash } from "node:crypto";
import sharp from "sharp";

export type PreparedImage = { mime: string; bytes: Buffer; width: number; height: number; sha256: string };

export function sha256Hex(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Rasterizes an SVG we generated ourselves into an optimized PNG. */
export async function pngFromSvg(svg: string): Promise<PreparedImage> {
  const { data, info } = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer({
    resolveWithObject: true,
  });
  return { mime: "image/png", bytes: data, width: info.width, height: info.height, sha256: sha256Hex(data) };
}
