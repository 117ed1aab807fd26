// Photo upload for one programme person: the shared upload route parts
// (lib/uploads/upload-route.ts: session, origin, body limit, JSON or redirect)
// around the photo pipeline (lib/uploads/photo.ts: real sharp decoding and
// re-encoding, the same limits as logos and covers). The new media row, the
// person's photo and the audit entry are one transaction; then the programme
// and the person's speaker pages expire.
import { getDb } from "@/db";
import { getAdminPerson, setPersonPhoto } from "@/db/queries/admin-people";
import { insertMediaOnce } from "@/db/queries/media";
import { mediaPath } from "@/db/media-path";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { staleAfterPersonChange } from "@/lib/program/person-expiry";
import { expireFromRoute } from "@/lib/revalidate";
import { PhotoError, photoErrorMessages, preparePhoto } from "@/lib/uploads/photo";
import { fileOf } from "@/lib/uploads/request-body";
import {
  answerUpload,
  authorizeUpload,
  goneResponse,
  readUploadForm,
  routeFailureMessages,
  uploadFailureStatus,
  type RouteFailure,
  type UploadAnswer,
} from "@/lib/uploads/upload-route";
import { parseId } from "@/lib/admin/forms";

export const dynamic = "force-dynamic";

const GONE = "This person no longer exists.";

function failure(code: RouteFailure): UploadAnswer<RouteFailure> {
  const error = code === "database" || code === "malformed" ? routeFailureMessages[code]("photo") : photoErrorMessages[code];
  return { ok: false, code, status: uploadFailureStatus[code], error };
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = await authorizeUpload(request, "editor");
  if ("response" in auth) return auth.response;

  const id = parseId((await params).id);
  const db = await getDb();
  const person = id ? await getAdminPerson(db, id).catch(() => undefined) : null;
  const answer = (outcome: UploadAnswer<RouteFailure>) => answerUpload(request, outcome, { page: `/admin/program/people/${id ?? 0}`, param: "photo" });
  if (person === undefined) return answer(failure("database"));
  if (!person) return goneResponse(request, GONE);

  const form = await readUploadForm(request);
  if (!form.ok) return answer(failure(form.code));
  const file = await fileOf(form.form, "photo");
  if (file === null) return answer(failure("missing"));

  let photo;
  try {
    photo = await preparePhoto(file);
  } catch (error) {
    if (error instanceof PhotoError) return answer(failure(error.code));
    throw error;
  }
  const { sourceType, ...image } = photo;
  let saved: boolean;
  try {
    saved = await inTransaction(db, async (tx) => {
      const mediaId = await insertMediaOnce(tx, image);
      const updated = await setPersonPhoto(tx, person.id, mediaId);
      if (!updated) return false;
      await recordAudit(tx, auth.session, {
        action: "upload",
        entity: "person",
        entityId: person.id,
        summary: { name: `${person.firstNameEn} ${person.lastNameEn}`, changed: ["photo"], mediaId, sha256: image.sha256, from: sourceType, mime: image.mime, width: image.width, height: image.height },
      });
      return true;
    });
  } catch (error) {
    console.error("photo upload:", error);
    return answer(failure("database"));
  }
  if (!saved) return Response.json({ error: GONE }, { status: 404 });
  expireFromRoute(staleAfterPersonChange([person.slug]));
  return answer({
    ok: true,
    notice: "saved",
    body: { photo: { url: mediaPath(image.sha256, image.mime), width: image.width, height: image.height }, message: "Photo saved. The public pages show it now." },
  });
}
