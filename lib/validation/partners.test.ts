import { describe, expect, it } from "vitest";
import { swapWithNeighbour } from "@/db/queries/admin-partners";
import { translateMessage } from "@/lib/i18n/admin-errors";
import { partnerEditSchema, partnerFormSchema, readPartnerForm, roleFormSchema, roleKeyFrom, siteUrlSchema } from "./partners";

describe("siteUrlSchema", () => {
  it("accepts http and https addresses, and empty as none", () => {
    expect(siteUrlSchema.parse("  https://example.com/a?b=c  ")).toBe("https://example.com/a?b=c");
    expect(siteUrlSchema.parse("http://пример.рф")).toBe("http://пример.рф");
    expect(siteUrlSchema.parse("   ")).toBeNull();
  });

  it("refuses every other scheme, relative addresses and credentials", () => {
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x", "ftp://x.example", "mailto:a@b.c", "//evil.example", "/local", "example.com", "https://u:p@x.example", "http://"]) {
      expect(siteUrlSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(siteUrlSchema.safeParse(`https://x.example/${"a".repeat(2001)}`).success).toBe(false);
  });
});

describe("partner form", () => {
  it("reads strings, trims names, turns the checkbox into a boolean", () => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ nameEn: "  Acme ", nameRu: " Акме ", url: "", roleId: "3", visible: "on", id: "7", version: "2" })) data.set(k, v);
    const values = readPartnerForm(data);
    expect(partnerFormSchema.parse(values)).toEqual({ nameEn: "Acme", nameRu: "Акме", url: null, roleId: 3, visible: true });
    expect(partnerEditSchema.parse(values)).toMatchObject({ id: 7, version: 2 });
    data.delete("visible");
    expect(partnerFormSchema.parse(readPartnerForm(data)).visible).toBe(false);
  });

  it("names each problem in plain words, in the editor's language", () => {
    const result = partnerFormSchema.safeParse({ nameEn: " ", nameRu: "x".repeat(201), url: "ftp://x", roleId: "0", visible: "" });
    expect(result.success).toBe(false);
    const messages = (locale: "en" | "ru") => result.error!.issues.map((i) => `${String(i.path[0])}: ${translateMessage(locale, i.message)}`);
    expect(messages("en")).toEqual([
      "nameEn: Enter the partner's name in English.",
      "nameRu: Keep the Russian name to 200 characters or fewer.",
      "url: The web address must start with https:// or http://.",
      "roleId: Choose the partner's role.",
    ]);
    expect(messages("ru")).toEqual([
      "nameEn: Введите название партнёра по-английски.",
      "nameRu: Русское название — не больше 200 символов.",
      "url: Адрес сайта должен начинаться с https:// или http://.",
      "roleId: Выберите роль партнёра.",
    ]);
  });
});

describe("roles", () => {
  it("accepts only the three kinds", () => {
    expect(roleFormSchema.safeParse({ labelEn: "A", labelRu: "Б", kind: "operator" }).success).toBe(true);
    expect(roleFormSchema.safeParse({ labelEn: "A", labelRu: "Б", kind: "sponsor" }).success).toBe(false);
  });

  it("makes keys from English labels", () => {
    expect(roleKeyFrom("General media partner")).toBe("general-media-partner");
    expect(roleKeyFrom("  Café & Co. — 2012! ")).toBe("cafe-co-2012");
    expect(roleKeyFrom("Спонсор")).toBe("role");
    expect(roleKeyFrom("x".repeat(100))).toHaveLength(60);
  });
});

describe("swapWithNeighbour", () => {
  it("swaps with the item above or below, and does nothing at the ends", () => {
    expect(swapWithNeighbour([1, 2, 3], 2, "up")).toEqual([2, 1, 3]);
    expect(swapWithNeighbour([1, 2, 3], 2, "down")).toEqual([1, 3, 2]);
    expect(swapWithNeighbour([1, 2, 3], 1, "up")).toBeNull();
    expect(swapWithNeighbour([1, 2, 3], 3, "down")).toBeNull();
    expect(swapWithNeighbour([1, 2, 3], 9, "up")).toBeNull();
  });
});
