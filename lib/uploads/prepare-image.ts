// Staff image uploads (partner logos, news covers): checked from the bytes,
// then decoded and encoded again by sharp, so what is stored is a fresh raster
// image with no script, metadata or trailing bytes of the original. Each kind
// of upload is a profile (output box and encoding); the checks are shared.
import sharp, { type Metadata, type Sharp } from "sharp";
import { sha256Hex, type PreparedImage } from "@/lib/images";
import { sniffImageType, svgReachesOutside, type UploadType } from "./image-type";

export const UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
const UPLOAD_MAX_SIDE = 4000;
/** A multipart body carries the file plus a little framing (and short text fields); anything bigger is refused unread. */
export const UPLOAD_MAX_REQUEST_BYTES = UPLOAD_MAX_BYTES + 64 * 1024;

export type UploadErrorCode = "missing" | "empty" | "too-large" | "unsupported-type" | "too-many-pixels" | "unsafe-svg" | "undecodable";

/** The messages an editor sees, naming what they upload ("logo", "cover image"). */
export function uploadErrorMessages(noun: string): Record<UploadErrorCode, string> {
  return {
    missing: "Choose an image file to upload.",
    empty: `The file is empty. Choose the ${noun} again.`,
    "too-large": `The file is larger than 2 MB. Save the ${noun} at a smaller size and upload it again.`,
    "unsupported-type": `This file is not a PNG, JPEG, WebP or SVG image (whatever its name says). Upload the ${noun} in one of those formats.`,
    "too-many-pixels": "The image is larger than 4000 × 4000 pixels. Make it smaller and upload it again.",
    "unsafe-svg": `This SVG loads other files or external entities, which is not allowed. Export the ${noun} again as a plain SVG, or as PNG.`,
    undecodable: `The file could not be read as an image: it may be damaged or incomplete. Export the ${noun} again and upload the new file.`,
  };
}

const codes = Object.keys(uploadErrorMessages("")) as UploadErrorCode[];

export function isUploadErrorCode(value: unknown): value is UploadErrorCode {
  return typeof value === "string" && (codes as string[]).includes(value);
}

export class UploadError extends Error {
  constructor(readonly code: UploadErrorCode) {
    super(uploadErrorMessages("image")[code]);
    this.name = "UploadError";
  }
}

export type ImageProfile = {
  /** The stored image fits in this box (never enlarged). */
  maxWidth: number;
  maxHeight: number;
  /** Sets the output format on the resized pipeline and says which MIME type it makes. */
  encode: (pipeline: Sharp, sourceType: UploadType) => { pipeline: Sharp; mime: string };
};

export type PreparedUpload = PreparedImage & { sourceType: UploadType };

// Decompression bombs: refuse any input whose pixel count is above what we accept, before decoding it.
// failOn stays at sharp's strictest default ("warning"), the level it advises for untrusted input.
const inputLimits = { limitInputPixels: UPLOAD_MAX_SIDE * UPLOAD_MAX_SIDE, autoOrient: true };
const TIMEOUT_SECONDS = 20;

/** Validates and re-encodes an uploaded image for `profile`; throws UploadError with a code for the editor. */
export async function prepareImage(bytes: Buffer, profile: ImageProfile): Promise<PreparedUpload> {
  if (bytes.length === 0) throw new UploadError("empty");
  if (bytes.length > UPLOAD_MAX_BYTES) throw new UploadError("too-large");
  const type = sniffImageType(bytes);
  if (!type) throw new UploadError("unsupported-type");
  if (type === "svg" && svgReachesOutside(bytes)) throw new UploadError("unsafe-svg");

  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, inputLimits).metadata();
  } catch (error) {
    throw new UploadError(decoderErrorCode(error));
  }
  // The magic number and the decoder must agree: a file that only starts like a PNG is not one.
  if (metadata.format !== type) throw new UploadError(metadata.format ? "unsupported-type" : "undecodable");
  const { width, height } = metadata;
  if (!width || !height) throw new UploadError("undecodable");
  if (width > UPLOAD_MAX_SIDE || height > UPLOAD_MAX_SIDE) throw new UploadError("too-many-pixels");

  try {
    return { ...(await encode(bytes, type, width, height, profile)), sourceType: type };
  } catch (error) {
    throw new UploadError(decoderErrorCode(error));
  }
}

/** sharp refuses over-limit input by its header, before decoding a pixel: say so rather than "damaged". */
function decoderErrorCode(error: unknown): UploadErrorCode {
  return error instanceof Error && /pixel limit/i.test(error.message) ? "too-many-pixels" : "undecodable";
}

async function encode(bytes: Buffer, type: UploadType, width: number, height: number, profile: ImageProfile): Promise<PreparedImage> {
  // Vector input is drawn straight at the output size (sharp's default 72 dpi is its intrinsic size).
  const scale = Math.min(profile.maxWidth / width, profile.maxHeight / height);
  const density = type === "svg" ? Math.min(100_000, Math.max(1, 72 * scale)) : undefined;
  const resized = sharp(bytes, { ...inputLimits, ...(density ? { density } : {}) })
    .timeout({ seconds: TIMEOUT_SECONDS })
    .resize({ width: profile.maxWidth, height: profile.maxHeight, fit: "inside", withoutEnlargement: true });
  const { pipeline, mime } = profile.encode(resized, type);
  // No keepMetadata()/withMetadata(): EXIF, XMP, comments and ICC chunks are not carried over.
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { mime, bytes: data, width: info.width, height: info.height, sha256: sha256Hex(data) };
}
