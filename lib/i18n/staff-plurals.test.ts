// The staff messages with numbers (sign-in and password waits, recovery codes
// left): Russian needs its three plural forms, English keeps today's wording.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { adminMessages } from "@/messages/admin";

const signIn = (locale: "en" | "ru") => createTranslator({ locale, messages: adminMessages[locale], namespace: "signIn" });
const account = (locale: "en" | "ru") => createTranslator({ locale, messages: adminMessages[locale], namespace: "account" });

describe("waits after too many attempts", () => {
  it("sign-in: English as before, Russian with the right form of «минута»", () => {
    expect(signIn("en")("throttled", { minutes: 1 })).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(signIn("en")("throttled", { minutes: 4 })).toBe("Too many sign-in attempts. Try again in 4 minutes.");
    const ru = (minutes: number) => signIn("ru")("throttled", { minutes });
    expect(ru(1)).toBe("Слишком много попыток входа. Попробуйте снова через 1 минуту.");
    expect(ru(2)).toBe("Слишком много попыток входа. Попробуйте снова через 2 минуты.");
    expect(ru(5)).toBe("Слишком много попыток входа. Попробуйте снова через 5 минут.");
    expect(ru(21)).toBe("Слишком много попыток входа. Попробуйте снова через 21 минуту.");
    expect(ru(60)).toBe("Слишком много попыток входа. Попробуйте снова через 60 минут.");
  });

  it("my account: wrong current passwords", () => {
    expect(account("en")("tooManyWrong", { minutes: 2 })).toBe("Too many wrong passwords. Try again in 2 minutes.");
    expect(account("ru")("tooManyWrong", { minutes: 3 })).toBe("Слишком много неверных паролей. Попробуйте снова через 3 минуты.");
  });
});

describe("the upload widget's own words", () => {
  const uploads = (locale: "en" | "ru") => createTranslator({ locale, messages: adminMessages[locale], namespace: "uploads" });

  it("English keeps today's wording for each kind of image", () => {
    expect(uploads("en")("upload", { noun: "logo" })).toBe("Upload logo");
    expect(uploads("en")("replace", { noun: "photo" })).toBe("Replace the photo");
    expect(uploads("en")("current", { noun: "logo", owner: "Acme" })).toBe("Current logo of Acme");
    expect(uploads("en")("sessionEnded", { noun: "cover image" })).toBe("Your session has ended. Sign in again in another tab, then upload the cover image again.");
    expect(uploads("en")("failed", { status: 413 })).toBe("The upload failed (error 413). Try again.");
  });

  it("Russian names the image in the right case", () => {
    expect(uploads("ru")("upload", { noun: "logo" })).toBe("Загрузить логотип");
    expect(uploads("ru")("saved", { noun: "photo" })).toBe("Фото сохранено.");
    expect(uploads("ru")("tooLarge", { noun: "cover image" })).toBe("Файл больше 2 МБ. Сохраните обложку в меньшем размере и загрузите снова.");
  });
});
