import { describe, expect, it } from "vitest";
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
});
