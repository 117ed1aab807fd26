// The POST of an image upload that belongs to one row (a partner's logo, a
// person's photo), through the one admin write path for route handlers
// (adminWriteRoute, lib/admin/write-action.ts: session and origin, zod with the
// image pipeline, the image, the row's link to it and the audit entry in one
// transaction, then expiry), answered as JSON or with a 303 back to the edit
// page (./upload-route.ts). The routes differ only in what `spec` names.
import { z } from "zod";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { insertMediaOnce } from "@/db/queries/media";
import { mediaPath } from "@/db/media-path";
import { parseId } from "@/lib/admin/forms";
import { adminWriteRoute } from "@/lib/admin/write-action";
import type { Stale } from "@/lib/revalidate";
import { uploadDoneText, uploadFailureText, uploadGoneText } from "./failure-text";
import type { UploadOwner } from "./failure-words";
import type { PreparedUpload, UploadErrorCode } from "./prepare-image";
import { fileOf } from "./request-body";
import { answerUpload, failureCodeOf, goneResponse, imageField, readUploadForm, uploadFailureStatus, type RouteFailure, type UploadAnswer } from "./upload-route";

export type ImageUploadSpec<Row> = {
  /** The form field, the JSON answer's key and the words' noun. */
  noun: "logo" | "photo";
  /** Whose image it is: the words for a deleted one, and the audit entity. */
  owner: Exclude<UploadOwner, "article">;
  editPage: (id: number) => string;
  /** Looked up before the body is read: a deleted row costs no upload. */
  exists: (db: Database, id: number) => Promise<unknown>;
  prepare: (bytes: Buffer) => Promise<PreparedUpload>;
  isErrorCode: (code: unknown) => code is UploadErrorCode;
  /** Points the row at the stored image; null when the row has gone meanwhile. */
  attach: (tx: Database, id: number, mediaId: number) => Promise<Row | null>;
  /** Who the row is, for the audit entry's summary. */
  label: (row: Row) => Record<string, string>;
  stale: (row: Row) => Stale;
};

export function imageUploadRoute<Row>(spec: ImageUploadSpec<Row>) {
  /** A refusal, worded in the editor's language (./failure-text.ts). */
  const failure = async (code: RouteFailure): Promise<UploadAnswer<RouteFailure>> => ({
    ok: false,
    code,
    status: uploadFailureStatus[code],
    error: await uploadFailureText(code, spec.noun),
  });
  const schema = z.object({ ownerId: z.number(), image: imageField(spec.prepare) });

  return async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const id = parseId((await params).id);
    const answer = (outcome: UploadAnswer<RouteFailure>) => answerUpload(request, outcome, { page: spec.editPage(id ?? 0), param: spec.noun });
    const gone = async () => goneResponse(request, await uploadGoneText(spec.owner));
    return adminWriteRoute({
      request,
      role: "editor",
      name: `${spec.noun} upload`,
      read: async () => {
        const row = id ? await getDb().then((db) => spec.exists(db, id)).catch(() => undefined) : null;
        if (row === undefined) return { response: answer(await failure("database")) };
        if (!row) return { response: await gone() };
        const form = await readUploadForm(request);
        if (!form.ok) return { response: answer(await failure(form.code)) };
        return { input: { ownerId: id!, image: await fileOf(form.form, spec.noun) } };
      },
      schema,
      change: async (tx, { ownerId, image: { sourceType, ...image } }) => {
        const mediaId = await insertMediaOnce(tx, image);
        const row = await spec.attach(tx, ownerId, mediaId);
        if (!row) return { ok: false, detail: "gone" as const };
        return {
          ok: true,
          value: image,
          audit: {
            action: "upload",
            entity: spec.owner,
            entityId: ownerId,
            summary: { ...spec.label(row), changed: [spec.noun], mediaId, sha256: image.sha256, from: sourceType, mime: image.mime, width: image.width, height: image.height },
          },
          stale: spec.stale(row),
        };
      },
      answer: async (outcome) => {
        if (!outcome.ok) {
          if (outcome.unavailable) return answer(await failure("database"));
          if (outcome.detail === "gone") return gone();
          const code = failureCodeOf(outcome);
          return answer(await failure(spec.isErrorCode(code) ? code : "undecodable"));
        }
        const image = outcome.value;
        return answer({
          ok: true,
          notice: "saved",
          body: { [spec.noun]: { url: mediaPath(image.sha256, image.mime), width: image.width, height: image.height }, message: await uploadDoneText(spec.noun) },
        });
      },
    });
  };
}
