// Reads a request body only up to a limit: a declared Content-Length over it
// is refused before a byte is read, and a body without one (chunked) is cut
// off as soon as it passes the limit, so a huge upload never sits in memory.
export type BoundedBody = { ok: true; bytes: Buffer } | { ok: false; reason: "too-large" | "no-body" };

export async function readBodyWithLimit(request: Request, limit: number): Promise<BoundedBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "too-large" };
  }
  if (!request.body) return { ok: false, reason: "no-body" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** A multipart/form-data body already read into memory, parsed; "malformed" when it is not one. */
export async function formFromMultipart(bytes: Buffer, contentType: string | null): Promise<FormData | "malformed"> {
  if (!contentType || !/^multipart\/form-data;/i.test(contentType)) return "malformed";
  try {
    return await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
  } catch {
    return "malformed";
  }
}

/** The named file field of a parsed form; null when absent or left empty. */
export async function fileOf(form: FormData, field: string): Promise<Buffer | null> {
  const value = form.get(field);
  if (!value || typeof value === "string") return null;
  // A file input left empty is sent as a nameless, empty file.
  if (value.size === 0 && value.name === "") return null;
  return Buffer.from(await value.arrayBuffer());
}

/** The named file field of a multipart/form-data body already read into memory; null when absent or malformed. */
export async function fileFromMultipart(bytes: Buffer, contentType: string | null, field: string): Promise<Buffer | null | "malformed"> {
  const form = await formFromMultipart(bytes, contentType);
  return form === "malformed" ? form : fileOf(form, field);
}
