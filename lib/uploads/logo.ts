// Partner logos from staff uploads: checked from the bytes, then decoded and
// encoded again by sharp, so what is stored is a fresh raster image with no
// script, metadata or trailing bytes of the original.
import sharp, { type Metadata } from "sharp";
import { sha256Hex, type PreparedImage } from "@/lib/images";
import { sniffImageType, svgReachesOutside, type UploadType } from "./image-type";

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_SIDE = 4000;
/** Stored logos fit in this box: enough for a sharp logo on a high-density screen. */
export const LOGO_OUTPUT_MAX_SIDE = 800;
/** A multipart body carries the file plus a little framing; anything bigger is refused unread. */
export const LOGO_MAX_REQUEST_BYTES = LOGO_MAX_BYTES + 64 * 1024;

export type LogoErrorCode = "missing" | "empty" | "too-large" | "unsupported-type" | "too-many-pixels" | "unsafe-svg" | "undecodable";

export const logoErrorMessages: Record<LogoErrorCode, string> = {
  missing: "Choose an image file to upload.",
  empty: "The file is empty. Choose the logo image again.",
  "too-large": "The file is larger than 2 MB. Save the logo at a smaller size and upload it again.",
  "unsupported-type": "This file is not a PNG, JPEG, WebP or SVG image (whatever its name says). Upload the logo in one of those formats.",
  "too-many-pixels": "The image is larger than 4000 × 4000 pixels. Make it smaller and upload it again.",
  "unsafe-svg": "This SVG loads other files or external entities, which is not allowed. Export the logo again as a plain SVG, or as PNG.",
  undecodable: "The file could not be read as an image: it may be damaged or incomplete. Export the logo again and upload the new file.",
};

export function isLogoErrorCode(value: unknown): value is LogoErrorCode {
  return typeof value === "string" && Object.hasOwn(logoErrorMessages, value);
}

export class LogoError extends Error {
  constructor(readonly code: LogoErrorCode) {
    super(logoErrorMessages[code]);
    this.name = "LogoError";
  }
}

export type PreparedLogo = PreparedImage & { sourceType: UploadType };

// Decompression bombs: refuse any input whose pixel count is above what we accept, before decoding it.
// failOn stays at sharp's strictest default ("warning"), the level it advises for untrusted input.
const inputLimits = { limitInputPixels: LOGO_MAX_SIDE * LOGO_MAX_SIDE, autoOrient: true };
const TIMEOUT_SECONDS = 20;

/** Validates and re-encodes an uploaded logo; throws LogoError with a message for the editor. */
export async function prepareLogo(bytes: Buffer): Promise<PreparedLogo> {
  if (bytes.length === 0) throw new LogoError("empty");
  if (bytes.length > LOGO_MAX_BYTES) throw new LogoError("too-large");
  const type = sniffImageType(bytes);
  if (!type) throw new LogoError("unsupported-type");
  if (type === "svg" && svgReachesOutside(bytes)) throw new LogoError("unsafe-svg");

  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, inputLimits).metadata();
  } catch (error) {
    throw new LogoError(decoderErrorCode(error));
  }
  // The magic number and the decoder must agree: a file that only starts like a PNG is not one.
  if (metadata.format !== type) throw new LogoError(metadata.format ? "unsupported-type" : "undecodable");
  const { width, height } = metadata;
  if (!width || !height) throw new LogoError("undecodable");
  if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE) throw new LogoError("too-many-pixels");

  try {
    return { ...(await encode(bytes, type, width, height)), sourceType: type };
  } catch (error) {
    throw new LogoError(decoderErrorCode(error));
  }
}

/** sharp refuses over-limit input by its header, before decoding a pixel: say so rather than "damaged". */
function decoderErrorCode(error: unknown): LogoErrorCode {
  return error instanceof Error && /pixel limit/i.test(error.message) ? "too-many-pixels" : "undecodable";
}

async function encode(bytes: Buffer, type: UploadType, width: number, height: number): Promise<PreparedImage> {
  // Vector input is drawn straight at the output size (sharp's default 72 dpi is its intrinsic size).
  const density = type === "svg" ? Math.min(100_000, Math.max(1, (72 * LOGO_OUTPUT_MAX_SIDE) / Math.max(width, height))) : undefined;
  let pipeline = sharp(bytes, { ...inputLimits, ...(density ? { density } : {}) })
    .timeout({ seconds: TIMEOUT_SECONDS })
    .resize({ width: LOGO_OUTPUT_MAX_SIDE, height: LOGO_OUTPUT_MAX_SIDE, fit: "inside", withoutEnlargement: true });
  // Photos stay JPEG, WebP stays WebP; PNG and rasterized SVG become PNG, keeping transparency.
  let mime: string;
  if (type === "jpeg") {
    pipeline = pipeline.jpeg({ quality: 85, mozjpeg: true });
    mime = "image/jpeg";
  } else if (type === "webp") {
    pipeline = pipeline.webp({ quality: 90, alphaQuality: 100 });
    mime = "image/webp";
  } else {
    pipeline = pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
    mime = "image/png";
  }
  // No keepMetadata()/withMetadata(): EXIF, XMP, comments and ICC chunks are not carried over.
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { mime, bytes: data, width: info.width, height: info.height, sha256: sha256Hex(data) };
}
