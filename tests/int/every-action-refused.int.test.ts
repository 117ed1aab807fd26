// Every server action and every non-GET route handler, found by reading the
// tree (a new actions file, action or route is covered without touching this
// test), called signed out: each is refused (sign-in redirect, 401 or 403) and
// the database is unchanged. The ones only an admin may call are called by an
// editor too: 403, nothing changed. Exempt, each named below with its reason:
// the sign-in form's actions and Auth.js's sign-in route (they are how one signs
// in: the password, the code step, giving up a half-done sign-in), sign-out
// (harmless signed out), and the catch-all 404 routes, whose every write method
// must be the shared 404 document (lib/html/unknown-path.ts, which reads and
// writes nothing; its answers are checked in e2e/bad-requests.spec.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { asAnonymous, asStaff, closeTestDb, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());
vi.mock("@/lib/revalidate", () => ({ expireFromAction: vi.fn(), expireFromRoute: vi.fn(), expireTagsFromAction: vi.fn(), expireTagsFromRoute: vi.fn() }));

const root = path.resolve(__dirname, "../..");
const EXEMPT: Record<string, string> = {
  "app/admin/login/actions.ts#signInWithPassword": "the sign-in form itself: anyone may try to sign in (throttled)",
  "app/admin/login/actions.ts#signInWithCode": "sign-in's second step: anyone holding a challenge cookie may try a code (throttled)",
  "app/admin/login/actions.ts#abandonSecondFactor": "forgets the caller's own half-done sign-in",
  "app/admin/sign-out-action.ts#signOutAction": "signing out while signed out changes nothing",
};
/** What a temporary password still allows, each with its reason. */
const TEMPORARY_PASSWORD_ALLOWS: Record<string, string> = {
  "app/admin/(protected)/account/actions.ts#changeOwnPassword": "replacing the temporary password is what it is for",
  "app/admin/language-action.ts#setAdminLanguageAction": "that one form may be read in either language (the user's own language choice, nothing else)",
};

/** Files whose every action needs the admin role (an action whose own source asks for "admin" is added to these). */
const ADMIN_ONLY = ["app/admin/(protected)/users/actions.ts", "app/admin/(protected)/users/two-factor-actions.ts", "app/admin/(protected)/program/edition/actions.ts"];

/** Every source file under `dir` (relative to the repository) whose text passes `keep`. */
function sourceFiles(dir: string, keep: (name: string, text: () => string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full, keep);
    if (!/\.tsx?$/.test(name) || /\.test\.tsx?$/.test(name)) return [];
    return keep(name, () => readFileSync(full, "utf8")) ? [path.relative(root, full)] : [];
  });
}

function serverActionFiles(): string[] {
  return ["app", "lib", "components"].flatMap((dir) => sourceFiles(path.join(root, dir), (_name, text) => /^\s*["']use server["']/.test(text())));
}

type Action = (...args: unknown[]) => Promise<unknown>;

/** The names a file exports as functions, read from its source. */
function exportedNames(file: string): string[] {
  return [...readFileSync(path.join(root, file), "utf8").matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]!);
}

/** Whether an exported function's own text (up to the next export) asks for the admin role. */
function asksForAdmin(file: string, name: string): boolean {
  const source = readFileSync(path.join(root, file), "utf8");
  const start = source.search(new RegExp(`^export (?:async )?function ${name}\\b`, "m"));
  const rest = source.slice(start + 1);
  const end = rest.search(/^export /m);
  return /role: "admin"|requireRole\("admin"/.test(end === -1 ? rest : rest.slice(0, end));
}

/** A file all of whose actions are exempt is not imported (the sign-in files load next-auth itself). */
function whollyExempt(file: string): boolean {
  return exportedNames(file).every((name) => EXEMPT[`${file}#${name}`]);
}

async function actionsOf(file: string): Promise<[string, Action][]> {
  if (whollyExempt(file)) return [];
  const loaded = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  return Object.entries(loaded).filter((entry): entry is [string, Action] => typeof entry[1] === "function" && !EXEMPT[`${file}#${entry[0]}`]);
}

/** A form an attacker might send: ids, versions and text that a careless action would act on. */
function hostileForm(): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries({ id: "1", version: "1", title: "Pwned", titleEn: "Pwned", titleRu: "Pwned", nameEn: "Pwned", nameRu: "Pwned", slug: "pwned", body: "x", role: "admin", email: "x@x.test", password: "p4ssword-p4ssword", direction: "up", programState: "hidden" })) {
    data.set(k, v);
  }
  return data;
}

/** Calls an action the way its form would: (previousState, formData), (formData) or (input). */
function call(action: Action): Promise<unknown> {
  return action.length >= 2 ? action({}, hostileForm()) : action(hostileForm());
}

/** A digest of every table an action could change (staff sessions excepted: a signed-in check touches them). */
async function databaseDigest(): Promise<string> {
  const tables = await testDb().execute<{ tablename: string }>(
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('staff_sessions', '__drizzle_migrations') ORDER BY tablename`,
  );
  const parts: string[] = [];
  for (const { tablename } of tables.rows) {
    const result = await testDb().execute<{ digest: string | null }>(sql`SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest FROM ${sql.identifier(tablename)} t`);
    parts.push(`${tablename}:${result.rows[0]?.digest ?? "empty"}`);
  }
  return parts.join("\n");
}

// ---- Route handlers -----------------------------------------------------------

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof WRITE_METHODS)[number];
type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** Routes anyone may call, each with its reason; a catch-all's write methods must all be the 404 document. */
const PUBLIC_ROUTES: Record<string, { reason: string; catchAll: boolean }> = {
  "app/api/auth/[...nextauth]/route.ts": { reason: "Auth.js: sign-in itself (throttled, 429) and sign-out of one's own session", catchAll: false },
  "app/api/[...unknown]/route.ts": { reason: "unknown paths under /api/: the 404 document for any method", catchAll: true },
  "app/admin/api/[...unknown]/route.ts": { reason: "unknown paths under /admin/api/: the 404 document for any method", catchAll: true },
  "app/media/[id]/[...rest]/route.ts": { reason: "unknown paths under /media/: the 404 document for any method", catchAll: true },
};

/** Every route.ts and the write methods it exports, read from its source. */
function writeRoutes(): { file: string; methods: Method[] }[] {
  return sourceFiles(path.join(root, "app"), (name) => name === "route.ts")
    .map((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const methods = WRITE_METHODS.filter((method) => new RegExp(`^export (?:async function|const) ${method}\\b`, "m").test(source));
      return { file, methods };
    })
    .filter((route) => route.methods.length > 0);
}

/** The address and params of a route file, with 1 for every [id] (a record the seed made) and "x" for catch-alls. */
function addressOf(file: string): { url: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
      if (catchAll) return (params[catchAll[1]!] = ["x"]), "x";
      const dynamic = /^\[(\w+)\]$/.exec(segment);
      if (dynamic) return (params[dynamic[1]!] = "1"), "1";
      return segment;
    });
  return { url: `http://podium.test/${segments.join("/")}`, params };
}

/** A request an attacker might send: a real image, text, and an intent to remove. */
function hostileRequest(url: string, method: Method): Request {
  const body = new FormData();
  for (const field of ["cover", "logo", "photo"]) body.set(field, new Blob([new Uint8Array(TINY_PNG)], { type: "image/png" }), "x.png");
  body.set("alt", "Pwned");
  body.set("intent", "remove");
  return new Request(url, { method, body, headers: { accept: "application/json", host: "podium.test" } });
}

// A 1 × 1 PNG: decodes, so a route that forgot its session check would store it.
const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

async function callRoute(file: string, method: Method): Promise<Response> {
  const loaded = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  const handler = loaded[method] as RouteHandler;
  const { url, params } = addressOf(file);
  return handler(hostileRequest(url, method), { params: Promise.resolve(params) });
}

/** Whether a route's handler source asks for the admin role. */
function adminOnlyRoute(file: string): boolean {
  return /role: "admin"/.test(readFileSync(path.join(root, file), "utf8"));
}

let files: string[] = [];
let routes: { file: string; methods: Method[] }[] = [];

beforeAll(async () => {
  await seedDemoContent(testDb());
  files = serverActionFiles();
  routes = writeRoutes();
});

afterAll(async () => {
  await closeTestDb();
});

describe("every staff server action", () => {
  it("is found in the tree: the admin's action files are all here", () => {
    for (const expected of ["news/actions.ts", "partners/actions.ts", "partners/roles/actions.ts", "users/actions.ts", "account/actions.ts", "program/sessions/actions.ts", "program/edition/actions.ts"]) {
      expect(files, expected).toContain(`app/admin/(protected)/${expected}`);
    }
  });

  it("exempts only the sign-in and sign-out actions, each for a stated reason", () => {
    const exempt = files.flatMap((file) => exportedNames(file).filter((name) => EXEMPT[`${file}#${name}`]).map((name) => `${file}#${name}`));
    expect(exempt.sort()).toEqual(Object.keys(EXEMPT).sort());
  });

  it("refuses a signed-out caller, changing nothing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await databaseDigest();
    asAnonymous();
    let called = 0;
    for (const file of files) {
      for (const [name, action] of await actionsOf(file)) {
        expect(await refusal(() => call(action)), `${file}#${name}`).toBe("redirect:/admin/login");
        called++;
      }
    }
    expect(called).toBeGreaterThan(20);
    expect(await databaseDigest()).toBe(before);
    errors.mockRestore();
  });

  it("refuses an editor the actions only an admin may call, changing nothing", async () => {
    await asStaff("editor");
    const before = await databaseDigest();
    let called = 0;
    for (const file of files) {
      for (const [name, action] of await actionsOf(file)) {
        if (!ADMIN_ONLY.includes(file) && !asksForAdmin(file, name)) continue;
        expect(await refusal(() => call(action)), `${file}#${name}`).toBe("http:403");
        called++;
      }
    }
    expect(called).toBeGreaterThan(3);
    expect(await databaseDigest()).toBe(before);
  });
});

describe("a staff member with a temporary password", () => {
  it("is refused every action but choosing their own password (and its language), changing nothing", async () => {
    const editor = await asStaff("editor");
    await testDb().execute(sql`UPDATE staff_users SET must_change_password = true WHERE id = ${editor.userId}`);
    const before = await databaseDigest();
    let called = 0;
    for (const file of files) {
      for (const [name, action] of await actionsOf(file)) {
        if (TEMPORARY_PASSWORD_ALLOWS[`${file}#${name}`]) continue;
        expect(await refusal(() => call(action)), `${file}#${name}`).toBe("http:403");
        called++;
      }
    }
    expect(called).toBeGreaterThan(20);
    expect(await databaseDigest()).toBe(before);
    await testDb().execute(sql`UPDATE staff_users SET must_change_password = false WHERE id = ${editor.userId}`);
  });
});

describe("every non-GET route handler", () => {
  it("is found in the tree: the three upload routes and the catch-alls are all here", () => {
    const found = routes.map((route) => `${route.file} ${route.methods.join(",")}`);
    for (const expected of [
      "app/admin/api/news/[id]/cover/route.ts POST,DELETE",
      "app/admin/api/partners/[id]/logo/route.ts POST",
      "app/admin/api/people/[id]/photo/route.ts POST",
      "app/admin/api/[...unknown]/route.ts POST,PUT,PATCH,DELETE",
    ]) {
      expect(found).toContain(expected);
    }
    // Every public one is named with its reason, and every named one still exists.
    for (const file of Object.keys(PUBLIC_ROUTES)) expect(routes.map((route) => route.file), file).toContain(file);
  });

  it("leaves only catch-alls open whose every write method is the 404 document", () => {
    for (const { file, methods } of routes.filter((route) => PUBLIC_ROUTES[route.file]?.catchAll)) {
      const source = readFileSync(path.join(root, file), "utf8");
      for (const method of methods) expect(source, `${method} ${file}`).toMatch(new RegExp(`^export const ${method} = unknownPath;$`, "m"));
    }
  });

  it("refuses a signed-out caller with 401, changing nothing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await databaseDigest();
    asAnonymous();
    let refused = 0;
    for (const { file, methods } of routes.filter((route) => !PUBLIC_ROUTES[route.file])) {
      for (const method of methods) {
        expect((await callRoute(file, method)).status, `${method} ${file}`).toBe(401);
        refused++;
      }
    }
    expect(refused).toBeGreaterThanOrEqual(4);
    expect(await databaseDigest()).toBe(before);
    errors.mockRestore();
  });

  it("refuses an editor the routes only an admin may call, and everyone with a temporary password, changing nothing", async () => {
    const editor = await asStaff("editor");
    const before = await databaseDigest();
    const staffRoutes = routes.filter((route) => !PUBLIC_ROUTES[route.file]);
    for (const { file, methods } of staffRoutes.filter((route) => adminOnlyRoute(route.file))) {
      for (const method of methods) expect((await callRoute(file, method)).status, `${method} ${file}`).toBe(403);
    }
    // A temporary password: nothing but choosing one's own, so every staff route answers 403.
    await testDb().execute(sql`UPDATE staff_users SET must_change_password = true WHERE id = ${editor.userId}`);
    for (const { file, methods } of staffRoutes) {
      for (const method of methods) expect((await callRoute(file, method)).status, `${method} ${file}`).toBe(403);
    }
    await testDb().execute(sql`UPDATE staff_users SET must_change_password = false WHERE id = ${editor.userId}`);
    expect(await databaseDigest()).toBe(before);
  });
});
