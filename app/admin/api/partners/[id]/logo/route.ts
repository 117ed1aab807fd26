// Logo upload for one partner. A route handler rather than a server action so
// that the browser can report upload progress (XMLHttpRequest) and the body
// size is limited here, before it is read. Answers JSON to script callers
// (Accept: application/json) and a redirect back to the edit page to a plain
// form post, so it works without JavaScript too.
import { getDb } from "@/db";
import { cacheTags } from "@/db/cache-tags";
import { getAdminPartner, setPartnerLogo } from "@/db/queries/admin-partners";
import { insertMediaOnce } from "@/db/queries/media";
import { recordAudit } from "@/lib/audit";
import { authorizeRequest } from "@/lib/auth/dal";
import { expireTagsFromRoute } from "@/lib/revalidate";
import { LOGO_MAX_REQUEST_BYTES, LogoError, logoErrorMessages, prepareLogo, type LogoErrorCode } from "@/lib/uploads/logo";
import { fileFromMultipart, readBodyWithLimit } from "@/lib/uploads/request-body";
import { mediaPath } from "@/db/media-path";

export const dynamic = "force-dynamic";

type Failure = LogoErrorCode | "database" | "malformed";

const failureStatus: Record<Failure, number> = {
  missing: 400,
  empty: 400,
  malformed: 400,
  "too-large": 413,
  "unsupported-type": 415,
  "too-many-pixels": 422,
  "unsafe-svg": 422,
  undecodable: 422,
  database: 503,
};

const failureMessage = (code: Failure) =>
  code === "database"
    ? "The logo could not be saved because the database did not answer. Nothing was changed: try again in a moment."
    : code === "malformed"
      ? "The upload did not arrive as a file. Choose the file again and upload it."
      : logoErrorMessages[code];

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = await authorizeRequest("editor");
  if ("response" in auth) {
    await request.body?.cancel().catch(() => undefined);
    return auth.response;
  }
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  // Cookies are SameSite=Lax already; a form posted from another site is refused here as well.
  if (!sameOrigin(request)) return Response.json({ error: "This upload came from another site." }, { status: 403 });

  const rawId = (await params).id;
  const id = /^[1-9][0-9]{0,9}$/.test(rawId) ? Number(rawId) : null;
  const db = await getDb();
  const partner = id && id <= 2_147_483_647 ? await getAdminPartner(db, id).catch(() => undefined) : null;
  if (partner === undefined) return answer(wantsJson, id ?? 0, { ok: false, code: "database" });
  if (!partner) {
    await request.body?.cancel().catch(() => undefined);
    return Response.json({ error: "This partner no longer exists." }, { status: 404 });
  }

  const body = await readBodyWithLimit(request, LOGO_MAX_REQUEST_BYTES);
  if (!body.ok) return answer(wantsJson, partner.id, { ok: false, code: body.reason === "too-large" ? "too-large" : "missing" });
  const file = await fileFromMultipart(body.bytes, request.headers.get("content-type"), "logo");
  if (file === "malformed") return answer(wantsJson, partner.id, { ok: false, code: "malformed" });
  if (file === null) return answer(wantsJson, partner.id, { ok: false, code: "missing" });

  let logo;
  try {
    logo = await prepareLogo(file);
  } catch (error) {
    if (error instanceof LogoError) return answer(wantsJson, partner.id, { ok: false, code: error.code });
    throw error;
  }
  const { sourceType, ...image } = logo;
  try {
    const mediaId = await insertMediaOnce(db, image);
    const updated = await setPartnerLogo(db, partner.id, mediaId);
    if (!updated) return Response.json({ error: "This partner no longer exists." }, { status: 404 });
    await recordAudit(db, auth.session, {
      action: "upload",
      entity: "partner",
      entityId: partner.id,
      summary: { nameEn: partner.nameEn, changed: ["logo"], mediaId, sha256: image.sha256, from: sourceType, mime: image.mime, width: image.width, height: image.height },
    });
  } catch (error) {
    console.error("logo upload:", error);
    return answer(wantsJson, partner.id, { ok: false, code: "database" });
  }
  expireTagsFromRoute(cacheTags.partners);
  return answer(wantsJson, partner.id, { ok: true, logo: { url: mediaPath(image.sha256, image.mime), width: image.width, height: image.height } });
}

type Outcome = { ok: true; logo: { url: string; width: number; height: number } } | { ok: false; code: Failure };

function answer(wantsJson: boolean, partnerId: number, outcome: Outcome): Response {
  if (wantsJson) {
    return outcome.ok
      ? Response.json({ ok: true, logo: outcome.logo, message: "Logo saved. The public pages show it now." })
      : Response.json({ ok: false, code: outcome.code, error: failureMessage(outcome.code) }, { status: failureStatus[outcome.code] });
  }
  // A plain form post: back to the edit page (303, so a reload does not post the file again).
  const query = outcome.ok ? "logo=saved" : `logoError=${outcome.code}`;
  return new Response(null, { status: 303, headers: { Location: `/admin/partners/${partnerId}?${query}#logo` } });
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // not sent by a browser, or a same-origin request of an old one
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
