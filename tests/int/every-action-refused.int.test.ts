// Every server action of the staff area, found by reading the tree (a new
// actions file is covered without touching this test), called signed out: each
// is refused (sign-in redirect or 403) and the database is unchanged. The
// actions only an admin may call are called by an editor too: 403, nothing
// changed. Exempt: the sign-in form's actions (how one signs in: the password,
// the code step, giving up a half-done sign-in) and sign-out (harmless signed
// out), each named below.
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
/** Files whose every action needs the admin role. */
const ADMIN_ONLY = ["app/admin/(protected)/users/actions.ts", "app/admin/(protected)/users/two-factor-actions.ts", "app/admin/(protected)/program/edition/actions.ts"];

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return serverActionFiles(full);
    if (!/\.tsx?$/.test(name)) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [path.relative(root, full)] : [];
  });
}

type Action = (...args: unknown[]) => Promise<unknown>;

/** The names a file exports as functions, read from its source. */
function exportedNames(file: string): string[] {
  return [...readFileSync(path.join(root, file), "utf8").matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]!);
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

let files: string[] = [];

beforeAll(async () => {
  await seedDemoContent(testDb());
  files = serverActionFiles(path.join(root, "app"));
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
    for (const file of ADMIN_ONLY) {
      for (const [name, action] of await actionsOf(file)) {
        expect(await refusal(() => call(action)), `${file}#${name}`).toBe("http:403");
        called++;
      }
    }
    expect(called).toBeGreaterThan(3);
    expect(await databaseDigest()).toBe(before);
  });
});
