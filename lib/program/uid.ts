// A session's calendar UID: one UUID per session, the same in every feed
// (whole programme, the session's own, each speaker's) and in both locales,
// so a calendar that has the session from two feeds keeps one entry and an
// update replaces it. RFC 7986 §5.3: no host name or other data in it, only an
// opaque UUID; version 5 (name-based) of the immutable code, so it is stable
// without being stored.
import { createHash } from "node:crypto";

/** Podium's own namespace for name-based UUIDs (a random v4, fixed forever). */
const NAMESPACE = "3f7c2a1e-8b4d-4c6a-9e2f-5d1b0a7c9e31";

export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function sessionUid(code: string): string {
  return uuidV5(`session:${code}`);
}
