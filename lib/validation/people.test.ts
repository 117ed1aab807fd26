import { describe, expect, it } from "vitest";
import { translateMessage } from "@/lib/i18n/admin-errors";
import { consentDate, consentDateValue, personCreateSchema, slugFromName } from "./people";

const base = {
  lastNameRu: "Петрова",
  firstNameRu: "Анна",
  middleNameRu: "",
  lastNameEn: "Petrova",
  firstNameEn: "Anna",
  slug: "",
  positionEn: "",
  positionRu: "",
  organisationEn: "",
  organisationRu: "",
  partnerId: "",
  bioEn: "",
  bioRu: "",
  consentAt: "",
};

describe("the person form", () => {
  it("suggests a slug from the English name", () => {
    expect(slugFromName("Anna-Maria", "O'Neil")).toBe("anna-maria-o-neil");
    expect(slugFromName("  José ", "Müller ")).toBe("jose-muller");
    expect(slugFromName("", "")).toBe("");
  });

  it("fills an empty slug from the name and refuses a malformed one", () => {
    expect(personCreateSchema.parse(base)).toMatchObject({ slug: "anna-petrova", partnerId: null, consentAt: null });
    const bad = personCreateSchema.safeParse({ ...base, slug: "Anna_Petrova" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["slug"]);
  });

  it("reads the consent date as that day's midnight UTC, refusing impossible and future dates", () => {
    expect(consentDate.parse("2026-01-15")?.toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(consentDate.parse("")).toBeNull();
    expect(consentDate.safeParse("2026-02-30").success).toBe(false);
    expect(consentDate.safeParse("15.01.2026").success).toBe(false);
    expect(consentDate.safeParse("2999-01-01").success).toBe(false);
    expect(consentDateValue(new Date("2026-01-15T00:00:00Z"))).toBe("2026-01-15");
    expect(consentDateValue(null)).toBe("");
  });

  it("names each problem in the editor's language", () => {
    const result = personCreateSchema.safeParse({ ...base, lastNameRu: " ", bioEn: "x".repeat(4001), partnerId: "abc", consentAt: "15.01.2026" });
    const messages = (locale: "en" | "ru") => result.error!.issues.map((i) => `${i.path.join(".")}: ${translateMessage(locale, i.message)}`);
    expect(messages("en")).toEqual([
      "lastNameRu: Enter the last name in Russian.",
      "partnerId: Choose from the list.",
      "bioEn: Keep the English biography to 4000 characters or fewer.",
      "consentAt: Enter the date the person agreed, as YYYY-MM-DD (for example 2026-03-15).",
    ]);
    expect(messages("ru")).toEqual([
      "lastNameRu: Введите фамилию по-русски.",
      "partnerId: Выберите из списка.",
      "bioEn: Английская биография — не больше 4000 символов.",
      "consentAt: Введите дату согласия в виде ГГГГ-ММ-ДД (например, 2026-03-15).",
    ]);
    const noSlug = personCreateSchema.safeParse({ ...base, firstNameEn: "Анна", lastNameEn: "Петрова" });
    expect(noSlug.error!.issues.map((i) => translateMessage("ru", i.message))).toEqual([
      "Из английского имени не получается адрес: введите его сами. Используйте строчные латинские буквы, цифры и одиночные дефисы, например anna-petrova.",
    ]);
  });
});
