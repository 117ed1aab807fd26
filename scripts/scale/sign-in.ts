// A sign-in with a wrong password, posted the way a browser without
// JavaScript posts the real login form (the form's own hidden action fields,
// multipart), so the attempt goes through the app's sign-in path and is
// recorded in login_attempts like any other.
import { request, type Ask } from "./http";

const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (s: string) => s.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (m) => entities[m]!);

/** The hidden inputs of the login form (the server action's reference and key). */
export async function loginFormFields(base: string, ask: Ask = {}): Promise<[string, string][]> {
  const page = await request(`${base}/admin/login`, ask);
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(page.text)?.[1];
  if (page.status !== 200 || !form) throw new Error(`no login form at ${base}/admin/login (${page.status})`);
  return [...form.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/?>/g)].map((m) => [decode(m[1]!), decode(m[2] ?? "")]);
}

/** Posts a failing sign-in; answers whether the page said so (proof the attempt was judged, not refused earlier). */
export async function failSignIn(base: string, email: string, ask: Ask = {}): Promise<{ status: number; refused: boolean }> {
  const form = new FormData();
  for (const [name, value] of await loginFormFields(base, { localAddress: ask.localAddress })) form.append(name, value);
  form.set("email", email);
  form.set("password", "not-the-password-1");
  const encoded = new Request("http://encode.invalid/", { method: "POST", body: form });
  const answer = await request(`${base}/admin/login`, {
    ...ask,
    method: "POST",
    headers: { ...ask.headers, "content-type": encoded.headers.get("content-type")!, origin: base },
    body: Buffer.from(await encoded.arrayBuffer()),
  });
  return { status: answer.status, refused: answer.text.includes("Wrong email or password.") };
}
