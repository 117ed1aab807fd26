// Public URLs of stored images are content-addressed (/media/<sha256>.<ext>),
// so a URL never changes meaning and can be cached for a year.
const extensionByMime: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/avif": "avif",
};

export function mediaPath(sha256: string, mime: string): string {
  return `/media/${sha256}.${extensionByMime[mime] ?? "bin"}`;
}

const mediaFilePattern = /^([0-9a-f]{64})\.(png|jpg|webp|avif)$/;

/** Parses `<sha256>.<ext>` from a /media URL; null for anything else. */
export function parseMediaFile(file: string): { sha256: string; extension: string } | null {
  const match = mediaFilePattern.exec(file);
  if (!match) return null;
  return { sha256: match[1]!, extension: match[2]! };
}

export function extensionOf(mime: string): string | undefined {
  return extensionByMime[mime];
}
