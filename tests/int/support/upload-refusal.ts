// For the upload route tests: a refusal answers JSON with its status and code
// and a real message, and changes nothing (state and cache expiry as before).
import { expect } from "vitest";

export async function expectUploadRefused<S>(
  response: Response,
  { status, code }: { status: number; code: string },
  { before, state, expired }: { before: S; state: () => Promise<S>; expired: string[] },
): Promise<void> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { ok: boolean; code: string; error: string };
  expect(body).toMatchObject({ ok: false, code });
  expect(body.error.length).toBeGreaterThan(20);
  expect(await state()).toEqual(before);
  expect(expired).toEqual([]);
}
