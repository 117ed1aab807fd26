import { describe, expect, it } from "vitest";
import { translateMessage } from "@/lib/i18n/admin-errors";
import { editionFormSchema } from "./edition";
import { setupSchemas } from "./program-setup";

const messagesOf = (issues: { path: PropertyKey[]; message: string }[], locale: "en" | "ru") =>
  issues.map((i) => `${i.path.map(String).join(".")}: ${translateMessage(locale, i.message)}`);

describe("the hall, track and format forms", () => {
  it("parse a new hall and a format's switches", () => {
    expect(setupSchemas.hall.parse({ id: "", slug: "hall-a", nameEn: " Hall A ", nameRu: "Зал А", directionsEn: "", directionsRu: "" })).toMatchObject({ id: null, nameEn: "Hall A" });
    expect(setupSchemas.format.parse({ id: "4", key: "break", nameEn: "Break", nameRu: "Перерыв", isService: "on", spansAllHalls: "" })).toMatchObject({ id: 4, isService: true, spansAllHalls: false });
  });

  it("name each problem in the editor's language", () => {
    const hall = setupSchemas.hall.safeParse({ id: "", slug: "Hall A", nameEn: "", nameRu: "x".repeat(201), directionsEn: "", directionsRu: "" });
    expect(messagesOf(hall.error!.issues, "en")).toEqual([
      "slug: Use lowercase Latin letters, digits and single hyphens, for example hall-a.",
      "nameEn: Enter the name in English.",
      "nameRu: Keep the Russian name to 200 characters or fewer.",
    ]);
    expect(messagesOf(hall.error!.issues, "ru")).toEqual([
      "slug: Используйте строчные латинские буквы, цифры и одиночные дефисы, например hall-a.",
      "nameEn: Введите название по-английски.",
      "nameRu: Русское название — не больше 200 символов.",
    ]);
    const track = setupSchemas.track.safeParse({ id: "", slug: "t", nameEn: "T", nameRu: "Т", color: "red" });
    expect(messagesOf(track.error!.issues, "ru")).toEqual(["color: Выберите цвет (в виде #rrggbb, например #1f6feb)."]);
  });
});

describe("the edition settings form", () => {
  const valid = {
    id: "1",
    version: "3",
    titleEn: "Forum",
    titleRu: "Форум",
    startsOn: "2012-04-19",
    endsOn: "2012-04-21",
    timezone: "Asia/Yekaterinburg",
    zoneLabelEn: "Perm time",
    zoneLabelRu: "время пермское",
    venueNameEn: "",
    venueNameRu: "",
    venueAddressEn: "",
    venueAddressRu: "",
    programState: "published",
  };

  it("names each problem in the editor's language", () => {
    const bad = editionFormSchema.safeParse({ ...valid, zoneLabelRu: "", timezone: "UTC+5", programState: "draft" });
    expect(messagesOf(bad.error!.issues, "en")).toEqual([
      "timezone: Enter a time zone name such as Asia/Yekaterinburg or Europe/Moscow (the IANA name, not an offset).",
      "zoneLabelRu: Enter how the zone is named in Russian (e.g. время пермское).",
      "programState: Choose whether the programme is public.",
    ]);
    expect(messagesOf(bad.error!.issues, "ru")).toEqual([
      "timezone: Введите имя часового пояса, например Asia/Yekaterinburg или Europe/Moscow (имя по IANA, а не смещение).",
      "zoneLabelRu: Введите, как пояс называется по-русски (например, время пермское).",
      "programState: Выберите, опубликована ли программа.",
    ]);
    const backwards = editionFormSchema.safeParse({ ...valid, endsOn: "2012-04-18" });
    expect(messagesOf(backwards.error!.issues, "ru")).toEqual(["endsOn: Последний день не может быть раньше первого."]);
  });
});
