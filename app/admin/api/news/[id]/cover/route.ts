// An article's cover image: POST (multipart: `cover` file and/or `alt` text,
// or `intent=remove`) and DELETE. Built on the shared upload route parts
// (lib/uploads/upload-route.ts: session, origin, body limit, JSON or a 303
// back to the editor) and the cover pipeline (lib/uploads/cover.ts).
//
// The cover is outside the text's optimistic lock (see
// db/queries/admin-news-cover.ts): it never bumps the article's version, so
// the editor form open beside this upload saves as usual afterwards.
import { getDb } from "@/db";
import { getAdminArticle } from "@/db/queries/admin-news-read";
import { setArticleCover, type CoverChange } from "@/db/queries/admin-news-cover";
import { mediaPath } from "@/db/media-path";
import type { LiveSession } from "@/db/queries/staff";
import { recordAudit } from "@/lib/audit";
import { articleExpiry } from "@/lib/news/expiry";
import { expireFromRoute } from "@/lib/revalidate";
import { prepareCover } from "@/lib/uploads/cover";
import { UploadError } from "@/lib/uploads/prepare-image";
import { fileOf } from "@/lib/uploads/request-body";
import {
  answerUpload,
  authorizeUpload,
  goneResponse,
  readUploadForm,
  uploadFailureStatus,
  type UploadAnswer,
} from "@/lib/uploads/upload-route";
import { parseId } from "@/lib/admin/forms";
import { coverAltSchema, coverIntentSchema } from "@/lib/validation/news-cover";
import { COVER_ALT_MAX_LENGTH } from "@/lib/uploads/cover";
import { coverFailureMessages, type CoverFailure } from "@/lib/news/cover-messages";

export const dynamic = "force-dynamic";

const GONE = "This article no longer exists: someone deleted it. Reload the news list.";

function failure(code: CoverFailure): UploadAnswer<CoverFailure> {
  const status = code === "alt-missing" || code === "alt-too-long" || code === "no-cover" ? 400 : uploadFailureStatus[code];
  return { ok: false, code, status, error: coverFailureMessages[code] };
}

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params): Promise<Response> {
  return handle(request, params, "post");
}

export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return handle(request, params, "delete");
}

async function handle(request: Request, params: Params["params"], method: "post" | "delete"): Promise<Response> {
  const auth = await authorizeUpload(request, "editor");
  if ("response" in auth) return auth.response;

  const id = parseId((await params).id);
  const db = await getDb();
  const article = id ? await getAdminArticle(db, id).catch(() => undefined) : null;
  const answer = (outcome: UploadAnswer<CoverFailure>) => answerUpload(request, outcome, { page: `/admin/news/${id ?? 0}`, param: "cover" });
  if (article === undefined) return answer(failure("database"));
  if (!article) return goneResponse(request, GONE);

  let change: CoverChange;
  let sourceType: string | null = null;
  if (method === "delete") {
    change = { kind: "remove" };
  } else {
    const form = await readUploadForm(request);
    if (!form.ok) return answer(failure(form.code));
    if (coverIntentSchema.parse(form.form.get("intent") ?? undefined) === "remove") {
      change = { kind: "remove" };
    } else {
      const alt = coverAltSchema.safeParse(String(form.form.get("alt") ?? "").slice(0, 4 * COVER_ALT_MAX_LENGTH));
      if (!alt.success) return answer(failure(alt.error.issues[0]?.message === "alt-too-long" ? "alt-too-long" : "alt-missing"));
      const file = await fileOf(form.form, "cover");
      if (file === null) {
        change = { kind: "alt", alt: alt.data };
      } else {
        try {
          const { sourceType: from, ...image } = await prepareCover(file);
          sourceType = from;
          change = { kind: "image", image, alt: alt.data };
        } catch (error) {
          if (error instanceof UploadError) return answer(failure(error.code));
          throw error;
        }
      }
    }
  }
  return apply(request, answer, auth.session, article.id, change, sourceType);
}

async function apply(
  request: Request,
  answer: (outcome: UploadAnswer<CoverFailure>) => Response,
  session: LiveSession,
  articleId: number,
  change: CoverChange,
  sourceType: string | null,
): Promise<Response> {
  let outcome: Awaited<ReturnType<typeof setArticleCover>>;
  try {
    outcome = await setArticleCover(await getDb(), articleId, change, (tx, done) =>
      recordAudit(tx, session, {
        action: change.kind === "image" ? "upload" : "update",
        entity: "news_article",
        entityId: articleId,
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
      }),
    );
  } catch (error) {
    console.error("[admin-news] cover change failed:", error);
    return answer(failure("database"));
  }
  if (!outcome.ok) return outcome.reason === "not_found" ? goneResponse(request, GONE) : answer(failure("no-cover"));

  // The cover shows on the article page only (lists and feeds carry no image).
  expireFromRoute(articleExpiry({ article: outcome.article, before: outcome.article }));

  if (change.kind === "remove") {
    return answer({ ok: true, notice: "removed", body: { cover: null, message: "Cover removed. The public pages show the article without it now." } });
  }
  const cover =
    change.kind === "image"
      ? { url: mediaPath(change.image.sha256, change.image.mime), width: change.image.width, height: change.image.height, alt: outcome.article.coverAlt }
      : { alt: outcome.article.coverAlt };
  const message = change.kind === "image" ? "Cover saved. The public pages show it now." : "Cover description saved.";
  return answer({ ok: true, notice: change.kind === "image" ? "saved" : "alt-saved", body: { cover, message } });
}
