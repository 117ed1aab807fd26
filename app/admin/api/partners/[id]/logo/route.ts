// Logo upload for one partner: the shared upload route parts
// (lib/uploads/upload-route.ts: session, origin, body limit, JSON or redirect)
// around the logo pipeline.
import { getDb } from "@/db";
import { cacheTags } from "@/db/cache-tags";
import { getAdminPartner, setPartnerLogo } from "@/db/queries/admin-partners";
import { insertMediaOnce } from "@/db/queries/media";
import { mediaPath } from "@/db/media-path";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { expireTagsFromRoute } from "@/lib/revalidate";
import { LogoError, logoErrorMessages, prepareLogo } from "@/lib/uploads/logo";
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

const GONE = "This partner no longer exists.";

function failure(code: RouteFailure): UploadAnswer<RouteFailure> {
  const error = code === "database" || code === "malformed" ? routeFailureMessages[code]("logo") : logoErrorMessages[code];
  return { ok: false, code, status: uploadFailureStatus[code], error };
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = await authorizeUpload(request, "editor");
  if ("response" in auth) return auth.response;

  const id = parseId((await params).id);
  const db = await getDb();
  const partner = id ? await getAdminPartner(db, id).catch(() => undefined) : null;
  const answer = (outcome: UploadAnswer<RouteFailure>) => answerUpload(request, outcome, { page: `/admin/partners/${id ?? 0}`, param: "logo" });
  if (partner === undefined) return answer(failure("database"));
  if (!partner) return goneResponse(request, GONE);

  const form = await readUploadForm(request);
  if (!form.ok) return answer(failure(form.code));
  const file = await fileOf(form.form, "logo");
  if (file === null) return answer(failure("missing"));

  let logo;
  try {
    logo = await prepareLogo(file);
  } catch (error) {
    if (error instanceof LogoError) return answer(failure(error.code));
    throw error;
  }
  const { sourceType, ...image } = logo;
  // The image, the partner's link to it and the audit row commit together: a
  // failed audit insert leaves no half-made change behind (and no stray image).
  let saved: boolean;
  try {
    saved = await inTransaction(db, async (tx) => {
      const mediaId = await insertMediaOnce(tx, image);
      const updated = await setPartnerLogo(tx, partner.id, mediaId);
      if (!updated) return false;
      await recordAudit(tx, auth.session, {
        action: "upload",
        entity: "partner",
        entityId: partner.id,
        summary: { nameEn: partner.nameEn, changed: ["logo"], mediaId, sha256: image.sha256, from: sourceType, mime: image.mime, width: image.width, height: image.height },
      });
      return true;
    });
  } catch (error) {
    console.error("logo upload:", error);
    return answer(failure("database"));
  }
  if (!saved) return Response.json({ error: GONE }, { status: 404 });
  expireTagsFromRoute(cacheTags.partners);
  return answer({
    ok: true,
    notice: "saved",
    body: { logo: { url: mediaPath(image.sha256, image.mime), width: image.width, height: image.height }, message: "Logo saved. The public pages show it now." },
  });
}
