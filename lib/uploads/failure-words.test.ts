import { describe, expect, it } from "vitest";
import { coverFailureMessages } from "@/lib/news/cover-messages";
import { uploadFailureTextIn, uploadGoneTextIn } from "./failure-words";
import { logoErrorMessages } from "./logo";
import { photoErrorMessages } from "./photo";
import { routeFailureMessages } from "./upload-route";

describe("uploadFailureTextIn", () => {
  it("says in English exactly what the upload refusals said before they were translated", () => {
    for (const [code, text] of Object.entries(logoErrorMessages)) expect(uploadFailureTextIn("en", code as keyof typeof logoErrorMessages, "logo"), code).toBe(text);
    for (const [code, text] of Object.entries(photoErrorMessages)) expect(uploadFailureTextIn("en", code as keyof typeof photoErrorMessages, "photo"), code).toBe(text);
    for (const [code, text] of Object.entries(coverFailureMessages)) expect(uploadFailureTextIn("en", code as keyof typeof coverFailureMessages, "cover"), code).toBe(text);
    expect(uploadFailureTextIn("en", "database", "logo")).toBe(routeFailureMessages.database("logo"));
  });

  it("says it in Russian, naming the image in the right form", () => {
    expect(uploadFailureTextIn("ru", "empty", "cover")).toBe("Файл пустой. Выберите обложку ещё раз.");
    expect(uploadFailureTextIn("ru", "database", "photo")).toMatch(/^Фото не сохранено: база данных не ответила/);
    expect(uploadFailureTextIn("ru", "database", "cover")).toMatch(/^Обложка не сохранена/);
    expect(uploadFailureTextIn("ru", "alt-too-long", "cover")).toBe("Описание обложки длиннее 300 символов. Сократите его до одного-двух предложений.");
  });
});

describe("uploadGoneTextIn", () => {
  it("says the record is gone as the routes said before, and in Russian", () => {
    expect(uploadGoneTextIn("en", "article")).toBe("This article no longer exists: someone deleted it. Reload the news list.");
    expect(uploadGoneTextIn("en", "partner")).toBe("This partner no longer exists.");
    expect(uploadGoneTextIn("en", "person")).toBe("This person no longer exists.");
    expect(uploadGoneTextIn("ru", "article")).toBe("Этой новости больше нет: её кто-то удалил. Обновите список новостей.");
    expect(uploadGoneTextIn("ru", "partner")).toMatch(/^Этого партнёра больше нет/);
    expect(uploadGoneTextIn("ru", "person")).toMatch(/^Этого человека больше нет/);
  });
});
