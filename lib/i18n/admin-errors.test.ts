import { describe, expect, it } from "vitest";
import { translateMessage, translateRefusal } from "./admin-errors";

describe("translateMessage", () => {
  it("puts a message key into the reader's language", () => {
    expect(translateMessage("en", "partners.errors.chooseRole")).toBe("Choose the partner's role.");
    expect(translateMessage("ru", "partners.errors.chooseRole")).toBe("Выберите роль партнёра.");
  });

  it("passes a text that is not a key as it is: an untranslated part, a path to a group, a made-up key", () => {
    expect(translateMessage("ru", "Enter the title.")).toBe("Enter the title.");
    expect(translateMessage("ru", "partners.errors")).toBe("partners.errors");
    expect(translateMessage("ru", "partners.errors.noSuchKey")).toBe("partners.errors.noSuchKey");
    expect(translateMessage("ru", "constructor.name")).toBe("constructor.name");
  });
});

describe("translateRefusal", () => {
  it("translates the message and every field error, keeping everything else", () => {
    const refusal = { ok: false as const, message: "partners.errors.conflict", errors: { nameEn: ["partners.errors.nameEnMissing"], url: ["Some English text."] } };
    expect(translateRefusal("ru", refusal)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Пока вы редактировали партнёра/),
      errors: { nameEn: ["Введите название партнёра по-английски."], url: ["Some English text."] },
    });
  });
});
