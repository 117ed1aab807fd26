// Photo upload for one programme person, through the one admin write path for
// route handlers (adminWriteRoute, lib/admin/write-action.ts: session and
// origin, zod with the photo pipeline of lib/uploads/photo.ts, real sharp
// decoding and re-encoding with the same limits as logos and covers). The new
// media row, the person's photo and the audit entry are one transaction; then
// the programme and the person's speaker pages expire. Answered as JSON or
// with a 303 back to the edit page (lib/uploads/upload-route.ts).
import { z } from "zod";
import { getDb } from "@/db";
import { getAdminPerson, setPersonPhoto } from "@/db/queries/admin-people";
import { insertMediaOnce } from "@/db/queries/media";
import { mediaPath } from "@/db/media-path";
import { adminWriteRoute } from "@/lib/admin/write-action";
import { staleAfterPersonChange } from "@/lib/program/person-expiry";
import { isPhotoErrorCode, preparePhoto } from "@/lib/uploads/photo";
import { fileOf } from "@/lib/uploads/request-body";
import {
  answerUpload,
  failureCodeOf,
  goneResponse,
  imageField,
  readUploadForm,
  uploadFailureStatus,
  type RouteFailure,
  type UploadAnswer,
} from "@/lib/uploads/upload-route";
import { parseId } from "@/lib/admin/forms";
import { uploadDoneText, uploadFailureText, uploadGoneText } from "@/lib/uploads/failure-text";

export const dynamic = "force-dynamic";


/** A refusal, worded in the editor's language (lib/uploads/failure-text.ts). */
async function failure(code: RouteFailure): Promise<UploadAnswer<RouteFailure>> {
  return { ok: false, code, status: uploadFailureStatus[code], error: await uploadFailureText(code, "photo") };
}

const photoRequestSchema = z.object({ personId: z.number(), image: imageField(preparePhoto) });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parseId((await params).id);
  const answer = (outcome: UploadAnswer<RouteFailure>) => answerUpload(request, outcome, { page: `/admin/program/people/${id ?? 0}`, param: "photo" });
  return adminWriteRoute({
    request,
    role: "editor",
    name: "photo upload",
    // The person is looked up before the body is read: a deleted one costs no upload.
    read: async () => {
      const person = id ? await getDb().then((db) => getAdminPerson(db, id)).catch(() => undefined) : null;
      if (person === undefined) return { response: answer(await failure("database")) };
      if (!person) return { response: await goneResponse(request, await uploadGoneText("person")) };
      const form = await readUploadForm(request);
      if (!form.ok) return { response: answer(await failure(form.code)) };
      return { input: { personId: person.id, image: await fileOf(form.form, "photo") } };
    },
    schema: photoRequestSchema,
    change: async (tx, { personId, image: { sourceType, ...image } }) => {
      const mediaId = await insertMediaOnce(tx, image);
      const person = await setPersonPhoto(tx, personId, mediaId);
      if (!person) return { ok: false, detail: "gone" as const };
      return {
        ok: true,
        value: image,
        audit: {
          action: "upload",
          entity: "person",
          entityId: personId,
          summary: { name: `${person.firstNameEn} ${person.lastNameEn}`, changed: ["photo"], mediaId, sha256: image.sha256, from: sourceType, mime: image.mime, width: image.width, height: image.height },
        },
        stale: staleAfterPersonChange([person.slug]),
      };
    },
    answer: async (outcome) => {
      if (!outcome.ok) {
        if (outcome.unavailable) return answer(await failure("database"));
        if (outcome.detail === "gone") return goneResponse(request, await uploadGoneText("person"));
        const code = failureCodeOf(outcome);
        return answer(await failure(isPhotoErrorCode(code) ? code : "undecodable"));
      }
      const image = outcome.value;
      return answer({
        ok: true,
        notice: "saved",
        body: { photo: { url: mediaPath(image.sha256, image.mime), width: image.width, height: image.height }, message: await uploadDoneText("photo") },
      });
    },
  });
}
