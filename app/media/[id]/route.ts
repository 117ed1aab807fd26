// Image bytes from PostgreSQL. URLs are content-addressed (/media/<sha256>.<ext>),
// so a response never changes and browsers may keep it for a year.
import { getDb } from "@/db";
import { extensionOf, parseMediaFile } from "@/db/media-path";
import { getMediaBySha256 } from "@/db/queries/media";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  let id: string;
  try {
    id = (await params).id;
  } catch {
    return notFound(); // broken percent-encoding (/media/%E0%A4%A): no such file
  }
  const parsed = parseMediaFile(id);
  if (!parsed) return notFound();
  const etag = `"${parsed.sha256}"`;
  const headers = {
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const image = await getMediaBySha256(await getDb(), parsed.sha256);
  if (!image || extensionOf(image.mime) !== parsed.extension) return notFound();
  return new Response(new Uint8Array(image.bytes), {
    headers: { ...headers, "Content-Type": image.mime, "Content-Length": String(image.byteSize) },
  });
}
