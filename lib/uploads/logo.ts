// Partner logos: the shared upload checks (prepare-image.ts) with a logo's
// output box and formats.
import { prepareImage, uploadErrorMessages, UPLOAD_MAX_BYTES, type ImageProfile, type PreparedUpload } from "./prepare-image";

export { isUploadErrorCode as isLogoErrorCode, UploadError as LogoError, type UploadErrorCode as LogoErrorCode } from "./prepare-image";

export const LOGO_MAX_BYTES = UPLOAD_MAX_BYTES;
/** Stored logos fit in this box: enough for a sharp logo on a high-density screen. */
export const LOGO_OUTPUT_MAX_SIDE = 800;

export const logoErrorMessages = uploadErrorMessages("logo");

export type PreparedLogo = PreparedUpload;

const logoProfile: ImageProfile = {
  maxWidth: LOGO_OUTPUT_MAX_SIDE,
  maxHeight: LOGO_OUTPUT_MAX_SIDE,
  // Photos stay JPEG, WebP stays WebP; PNG and rasterized SVG become PNG, keeping transparency
  // (logos are small flat artwork, where lossless PNG is sharp and compact).
  encode: (pipeline, type) =>
    type === "jpeg"
      ? { pipeline: pipeline.jpeg({ quality: 85, mozjpeg: true }), mime: "image/jpeg" }
      : type === "webp"
        ? { pipeline: pipeline.webp({ quality: 90, alphaQuality: 100 }), mime: "image/webp" }
        : { pipeline: pipeline.png({ compressionLevel: 9, adaptiveFiltering: true }), mime: "image/png" },
};

/** Validates and re-encodes an uploaded logo; throws LogoError with a message for the editor. */
export function prepareLogo(bytes: Buffer): Promise<PreparedLogo> {
  return prepareImage(bytes, logoProfile);
}
