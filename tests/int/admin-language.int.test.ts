// The staff area's language is remembered per user (issue 11, item 5): the
// header's switch keeps the choice on the account (with an audit row) as well
// as in the browser's cookie, and the user's choice wins over the browser's
// cookie and Accept-Language on any browser. next/headers is replaced by a
// request of the test's own (the integration tests run outside a request).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { setAdminLanguageAction } from "@/app/admin/language-action";
import { auditLog, staffUsers } from "@/db/schema";
import { adminLanguage } from "@/lib/i18n/admin-text";
import { asAnonymous, asStaff, closeTestDb, refusal, testDb } from "./support/staff-harness";

vi.mock("@/lib/auth/config", async () => (await import("./support/staff-harness")).authConfigMock());

const request = { cookies: new Map<string, string>(), acceptLanguage: "en-GB,en;q=0.9" };
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
  headers: async () => new Headers({ "accept-language": request.acceptLanguage }),
}));

afterAll(closeTestDb);
beforeEach(() => {
  request.cookies.clear();
  request.acceptLanguage = "en-GB,en;q=0.9";
});

const choose = (language: string) => {
  const form = new FormData();
  form.set("language", language);
  return setAdminLanguageAction(form);
};

describe("the admin language switch", () => {
  it("keeps the choice on the account, with an audit row, and in the cookie", async () => {
    const editor = await asStaff("editor");
    await choose("ru");
    const [user] = await testDb().select({ adminLanguage: staffUsers.adminLanguage }).from(staffUsers).where(eq(staffUsers.id, editor.userId));
    expect(user?.adminLanguage).toBe("ru");
    expect(request.cookies.get("podium_admin_lang")).toBe("ru");
    const audit = await testDb().select().from(auditLog).where(and(eq(auditLog.actorId, editor.userId), eq(auditLog.entity, "staff_user")));
    expect(audit.map((row) => [row.action, row.summary])).toEqual([["update", { adminLanguage: "ru" }]]);
  });

  it("follows the user to another browser: their choice beats that browser's cookie and language", async () => {
    await asStaff("editor");
    await choose("ru");
    request.cookies.set("podium_admin_lang", "en"); // another browser, last used in English
    request.acceptLanguage = "en-US,en;q=0.9";
    expect(await adminLanguage()).toBe("ru");
  });

  it("without a choice of the user's own, reads the cookie, then Accept-Language", async () => {
    await asStaff("editor");
    request.acceptLanguage = "ru-RU,ru;q=0.9";
    expect(await adminLanguage()).toBe("ru");
    request.cookies.set("podium_admin_lang", "en");
    expect(await adminLanguage()).toBe("en");
    asAnonymous(); // the sign-in page: no user, the browser's cookie
    expect(await adminLanguage()).toBe("en");
  });

  it("changes nothing for a forged value or a signed-out caller", async () => {
    const editor = await asStaff("editor");
    await choose("fr");
    const [user] = await testDb().select({ adminLanguage: staffUsers.adminLanguage }).from(staffUsers).where(eq(staffUsers.id, editor.userId));
    expect(user?.adminLanguage).toBeNull();
    expect(request.cookies.size).toBe(0);
    asAnonymous();
    expect(await refusal(() => choose("ru"))).toMatch(/login/);
    expect(request.cookies.size).toBe(0);
  });
});
