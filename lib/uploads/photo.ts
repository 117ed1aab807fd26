// Speaker photos: the shared upload checks (prepare-image.ts: sniffing, sharp
// decoding, 2 MB and 4000 × 4000 limits, no metadata carried over) with a
// photo's output box and formats. Photos are pictures of people, not flat
// artwork: PNG and SVG input become JPEG on white (smaller, no transparency
// needed), WebP stays WebP.
import { prepareImage, uploadErrorMessages, UPLOAD_MAX_BYTES, type ImageProfile, type PreparedUpload } from "./prepare-image";

export { isUploadErrorCode as isPhotoErrorCode } from "./prepare-image";

export const PHOTO_MAX_BYTES = UPLOAD_MAX_BYTES;
/** Stored photos fit in this box: enough for the speaker page on a high-density screen. */
const PHOTO_OUTPUT_MAX_SIDE = 800;

export const photoErrorMessages = uploadErrorMessages("photo");

const photoProfile: ImageProfile = {
  maxWidth: PHOTO_OUTPUT_MAX_SIDE,
  maxHeight: PHOTO_OUTPUT_MAX_SIDE,
  encode: (pipeline, type) =>
    type === "webp"
      ? { pipeline: pipeline.webp({ quality: 85 }), mime: "image/webp" }
      : { pipeline: pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 85, mozjpeg: true }), mime: "image/jpeg" },
};

/** Validates and re-encodes an uploaded photo; throws PhotoError with a code for the editor. */
export function preparePhoto(bytes: Buffer): Promise<PreparedUpload> {
  return prepareImage(bytes, photoProfile);
}
