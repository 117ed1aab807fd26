// Logo upload for one partner, through the one admin write path for route
// handlers (adminWriteRoute, lib/admin/write-action.ts: session and origin,
// zod with the logo pipeline, the image, the partner's link to it and the
// audit row in one transaction, expiry of the partner wall), answered as JSON
// or with a 303 back to the edit page (lib/uploads/upload-route.ts).
import { z } from "zod";
import { getDb } from "@/db";
import { getAdminPartner, setPartnerLogo } from "@/db/queries/admin-partners";
import { insertMediaOnce } from "@/db/queries/media";
import { mediaPath } from "@/db/media-path";
import { adminWriteRoute } from "@/lib/admin/write-action";
import { isLogoErrorCode, prepareLogo } from "@/lib/uploads/logo";
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
import { partnersStale } from "@/lib/partners-expiry";
import { uploadDoneText, uploadFailureText, uploadGoneText } from "@/lib/uploads/failure-text";

export const dynamic = "force-dynamic";


/** A refusal, worded in the editor's language (lib/uploads/failure-text.ts). */
async function failure(code: RouteFailure): Promise<UploadAnswer<RouteFailure>> {
  return { ok: false, code, status: uploadFailureStatus[code], error: await uploadFailureText(code, "logo") };
}

const logoRequestSchema = z.object({ partnerId: z.number(), image: imageField(prepareLogo) });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parseId((await params).id);
  const answer = (outcome: UploadAnswer<RouteFailure>) => answerUpload(request, outcome, { page: `/admin/partners/${id ?? 0}`, param: "logo" });
  return adminWriteRoute({
    request,
    role: "editor",
    name: "logo upload",
    // The partner is looked up before the body is read: a deleted one costs no upload.
    read: async () => {
      const partner = id ? await getDb().then((db) => getAdminPartner(db, id)).catch(() => undefined) : null;
      if (partner === undefined) return { response: answer(await failure("database")) };
      if (!partner) return { response: await goneResponse(request, await uploadGoneText("partner")) };
      const form = await readUploadForm(request);
      if (!form.ok) return { response: answer(await failure(form.code)) };
      return { input: { partnerId: partner.id, image: await fileOf(form.form, "logo") } };
    },
    schema: logoRequestSchema,
    change: async (tx, { partnerId, image: { sourceType, ...image } }) => {
      const mediaId = await insertMediaOnce(tx, image);
      const partner = await setPartnerLogo(tx, partnerId, mediaId);
      if (!partner) return { ok: false, detail: "gone" as const };
      return {
        ok: true,
        value: image,
        audit: {
          action: "upload",
          entity: "partner",
          entityId: partnerId,
          summary: { nameEn: partner.nameEn, changed: ["logo"], mediaId, sha256: image.sha256, from: sourceType, mime: image.mime, width: image.width, height: image.height },
        },
        stale: partnersStale,
      };
    },
    answer: async (outcome) => {
      if (!outcome.ok) {
        if (outcome.unavailable) return answer(await failure("database"));
        if (outcome.detail === "gone") return goneResponse(request, await uploadGoneText("partner"));
        const code = failureCodeOf(outcome);
        return answer(await failure(isLogoErrorCode(code) ? code : "undecodable"));
      }
      const image = outcome.value;
      return answer({
        ok: true,
        notice: "saved",
        body: { logo: { url: mediaPath(image.sha256, image.mime), width: image.width, height: image.height }, message: await uploadDoneText("logo") },
      });
    },
  });
}
