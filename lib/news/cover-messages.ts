// What the editor reads when a cover change is refused, by code: from the
// route handler's JSON, or from ?coverError=<code> after a plain form post.
import { COVER_ALT_MAX_LENGTH, coverErrorMessages } from "@/lib/uploads/cover";
import { routeFailureMessages, type RouteFailure } from "@/lib/uploads/upload-route";

export type CoverFailure = RouteFailure | "alt-missing" | "alt-too-long" | "no-cover";

export const coverFailureMessages: Record<CoverFailure, string> = {
  ...coverErrorMessages,
  missing: "Choose an image file to upload as the cover.",
  database: routeFailureMessages.database("cover image"),
  malformed: routeFailureMessages.malformed("cover image"),
  "alt-missing": "Describe the cover image for visitors who can't see it (for example “Delegates in the forum's main hall”).",
  "alt-too-long": `The cover description is longer than ${COVER_ALT_MAX_LENGTH} characters. Shorten it to a sentence or two.`,
  "no-cover": "This article has no cover image yet, so there is no description to change. Choose an image file as well.",
};


export function isCoverFailure(value: unknown): value is CoverFailure {
  return typeof value === "string" && Object.hasOwn(coverFailureMessages, value);
}
