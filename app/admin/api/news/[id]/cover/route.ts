// An article's cover image: POST (multipart: `cover` file and/or `alt` text,
// or `intent=remove`) and DELETE. Through the one admin write path for route
// handlers (adminWriteRoute, lib/admin/write-action.ts: session and origin,
// zod with the cover pipeline of lib/uploads/cover.ts, the change and its
// audit row in one transaction, expiry), answered as JSON or with a 303 back
// to the editor (lib/uploads/upload-route.ts).
//
// The cover is outside the text's optimistic lock (see
// db/queries/admin-news-cover.ts): it never bumps the article's version, so
// the editor form open beside this upload saves as usual afterwards.
import { z } from "zod";
import { getDb } from "@/db";
import { getAdminArticle } from "@/db/queries/admin-news-read";
import { setArticleCover, type CoverChange } from "@/db/queries/admin-news-cover";
import { mediaPath } from "@/db/media-path";
import { adminWriteRoute } from "@/lib/admin/write-action";
import { articleExpiry } from "@/lib/news/expiry";
import { prepareCover } from "@/lib/uploads/cover";
import { fileOf } from "@/lib/uploads/request-body";
import {
  answerUpload,
  failureCodeOf,
  goneResponse,
  imageField,
  readUploadForm,
  uploadFailureStatus,
  type UploadAnswer,
} from "@/lib/uploads/upload-route";
import { parseId } from "@/lib/admin/forms";
import { coverAltSchema, coverIntentSchema } from "@/lib/validation/news-cover";
import { COVER_ALT_MAX_LENGTH } from "@/lib/uploads/cover";
import { isCoverFailure, type CoverFailure } from "@/lib/news/cover-messages";
import { uploadDoneText, uploadFailureText, uploadGoneText } from "@/lib/uploads/failure-text";

export const dynamic = "force-dynamic";


/** A refusal, worded in the editor's language (lib/uploads/failure-text.ts). */
async function failure(code: CoverFailure): Promise<UploadAnswer<CoverFailure>> {
  const status = code === "alt-missing" || code === "alt-too-long" || code === "no-cover" ? 400 : uploadFailureStatus[code];
  return { ok: false, code, status, error: await uploadFailureText(code, "cover") };
}

/** What the request asks for: removal, or an alt text with or without a new image (decoded and re-encoded here). */
const coverRequestSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("remove") }),
  z.object({ intent: z.literal("save"), alt: coverAltSchema, image: imageField(prepareCover, { optional: true }) }),
]);

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params): Promise<Response> {
  return handle(request, params, "post");
}

export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return handle(request, params, "delete");
}

async function handle(request: Request, params: Params["params"], method: "post" | "delete"): Promise<Response> {
  const id = parseId((await params).id);
  const answer = (outcome: UploadAnswer<CoverFailure>) => answerUpload(request, outcome, { page: `/admin/news/${id ?? 0}`, param: "cover" });
  return adminWriteRoute({
    request,
    role: "editor",
    name: "[admin-news] cover change",
    // The article is looked up before the body is read: a deleted one costs no upload.
    read: async () => {
      const article = id ? await getDb().then((db) => getAdminArticle(db, id)).catch(() => undefined) : null;
      if (article === undefined) return { response: answer(await failure("database")) };
      if (!article) return { response: await goneResponse(request, await uploadGoneText("article")) };
      if (method === "delete") return { input: { articleId: article.id, intent: "remove" } };
      const form = await readUploadForm(request);
      if (!form.ok) return { response: answer(await failure(form.code)) };
      const intent = coverIntentSchema.parse(form.form.get("intent") ?? undefined);
      if (intent === "remove") return { input: { articleId: article.id, intent } };
      const alt = String(form.form.get("alt") ?? "").slice(0, 4 * COVER_ALT_MAX_LENGTH);
      return { input: { articleId: article.id, intent, alt, image: await fileOf(form.form, "cover") } };
    },
    schema: z.intersection(z.object({ articleId: z.number() }), coverRequestSchema),
    change: async (tx, asked) => {
      const change: CoverChange =
        asked.intent === "remove"
          ? { kind: "remove" }
          : asked.image
            ? { kind: "image", image: { mime: asked.image.mime, bytes: asked.image.bytes, width: asked.image.width, height: asked.image.height, sha256: asked.image.sha256 }, alt: asked.alt }
            : { kind: "alt", alt: asked.alt };
      const done = await setArticleCover(tx, asked.articleId, change);
      if (!done.ok) return { ok: false, detail: done.reason };
      const sourceType = asked.intent === "save" ? (asked.image?.sourceType ?? null) : null;
      return {
        ok: true,
        value: { change, article: done.article },
        audit: {
          action: change.kind === "image" ? "upload" : "update",
          entity: "news_article",
          entityId: asked.articleId,
          summary: {
            title: done.article.title,
            locale: done.article.locale,
            changed: change.kind === "alt" ? ["coverAlt"] : ["cover"],
            ...(change.kind === "image"
              ? { mediaId: done.mediaId, sha256: change.image.sha256, from: sourceType, mime: change.image.mime, width: change.image.width, height: change.image.height }
              : {}),
            ...(change.kind === "remove" ? { cover: null, previousMediaId: done.before.coverMediaId } : { alt: done.article.coverAlt }),
            // The text's version, unchanged by a cover change: for reading the log beside the revisions.
            version: done.article.version,
          },
        },
        // The cover shows on the article page only (lists and feeds carry no image).
        stale: articleExpiry({ article: done.article, before: done.article }),
      };
    },
    answer: async (outcome) => {
      if (!outcome.ok) {
        if (outcome.unavailable) return answer(await failure("database"));
        if (outcome.detail === "not_found") return goneResponse(request, await uploadGoneText("article"));
        if (outcome.detail === "no_cover") return answer(await failure("no-cover"));
        const code = failureCodeOf(outcome);
        return answer(await failure(isCoverFailure(code) ? code : "undecodable"));
      }
      const { change, article } = outcome.value;
      if (change.kind === "remove") {
        return answer({ ok: true, notice: "removed", body: { cover: null, message: await uploadDoneText("coverRemoved") } });
      }
      const cover =
        change.kind === "image"
          ? { url: mediaPath(change.image.sha256, change.image.mime), width: change.image.width, height: change.image.height, alt: article.coverAlt }
          : { alt: article.coverAlt };
      const message = await uploadDoneText(change.kind === "image" ? "cover" : "coverAlt");
      return answer({ ok: true, notice: change.kind === "image" ? "saved" : "alt-saved", body: { cover, message } });
    },
  });
}
