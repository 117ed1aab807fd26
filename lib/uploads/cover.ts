// News cover images: the shared upload checks (prepare-image.ts) with a
// cover's output box and formats.
import { prepareImage, uploadErrorMessages, type ImageProfile, type PreparedUpload } from "./prepare-image";

/**
 * Stored covers fit in 1600 × 1600. The article column is at most about 760 CSS
 * pixels wide, so 1600 is sharp on a 2× screen with a little to spare, while a
 * 4000-pixel camera photo shrinks to about a sixth of its pixels. The height
 * bound only matters for tall images, which the page scales down anyway.
 */
export const COVER_OUTPUT_MAX_WIDTH = 1600;
const COVER_OUTPUT_MAX_HEIGHT = 1600;
/** Alt text: a sentence or two, as screen readers read it in one go. */
export const COVER_ALT_MAX_LENGTH = 300;

export const coverErrorMessages = uploadErrorMessages("cover image");

const coverProfile: ImageProfile = {
  maxWidth: COVER_OUTPUT_MAX_WIDTH,
  maxHeight: COVER_OUTPUT_MAX_HEIGHT,
  // Covers are mostly photos at up to 1600 px, where PNG would weigh megabytes:
  // JPEG stays JPEG (mozjpeg, q82); everything else (PNG, WebP, rasterized SVG)
  // becomes WebP, which keeps transparency at a fraction of PNG's size and is
  // shown by every browser the site supports.
  encode: (pipeline, type) =>
    type === "jpeg"
      ? { pipeline: pipeline.jpeg({ quality: 82, mozjpeg: true }), mime: "image/jpeg" }
      : { pipeline: pipeline.webp({ quality: 82, alphaQuality: 90, effort: 4 }), mime: "image/webp" },
};

/** Validates and re-encodes an uploaded cover; throws UploadError with a code for the editor. */
export function prepareCover(bytes: Buffer): Promise<PreparedUpload> {
  return prepareImage(bytes, coverProfile);
}
