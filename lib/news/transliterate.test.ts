import { describe, expect, it } from "vitest";
import { transliterate } from "./transliterate";
import { firstFreeSlug, reservedSlugs, slugify, slugProblem } from "./slugify";
import { isValidSlug } from "@/lib/slug";

describe("transliterate", () => {
  it("spells every Russian letter", () => {
    expect(transliterate("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")).toBe("abvgdeezhziyklmnoprstufkhtschshshchyeyuya");
  });

  it("keeps case on the first Latin letter and leaves other text alone", () => {
    expect(transliterate("Щука и Ёж, 2012!")).toBe("Shchuka i Ezh, 2012!");
    expect(transliterate("Forum ПМЭФ")).toBe("Forum PMEF");
  });

  it("maps Ukrainian and Belarusian letters", () => {
    expect(transliterate("їжак ґанок єнот ўсё і")).toBe("yizhak ganok yenot use i");
  });
});

describe("slugify", () => {
  it.each([
    ["В российской экономике нет ощущения синергии", "v-rossiyskoy-ekonomike-net-oshchushcheniya-sinergii"],
    ["Аккредитация СМИ на форум открыта до 16 апреля", "akkreditatsiya-smi-na-forum-otkryta-do-16-aprelya"],
    ["Объявлены победители молодёжного конкурса инноваций", "obyavleny-pobediteli-molodezhnogo-konkursa-innovatsiy"],
    ["Вузы и промышленность ищут рабочую модель", "vuzy-i-promyshlennost-ishchut-rabochuyu-model"],
    ["Forum opens in Perm — with a plenary!", "forum-opens-in-perm-with-a-plenary"],
    ["The forum's program & venue", "the-forums-program-and-venue"],
    ["Café Zürich Straße", "cafe-zurich-strasse"],
    ["  --Hello   World--  ", "hello-world"],
    ["中文标题", ""],
  ])("%j → %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("follows the demo content's Russian slugs", () => {
    expect(slugify("Пермь примет региональный инновационный форум 19–21 апреля")).toBe(
      "perm-primet-regionalnyy-innovatsionnyy-forum-19-21-aprelya",
    );
  });

  it("cuts long titles at a word boundary and always yields a valid slug", () => {
    const title = "Участники форума приняли итоговую резолюцию о развитии кластеров в регионах России и о кооперации";
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
    expect(title.split(" ").length).toBeGreaterThan(slug.split("-").length);
    expect(slugify("a".repeat(300)).length).toBe(80);
  });
});

describe("slug rules", () => {
  it("explains what is wrong", () => {
    expect(slugProblem("forum-opens")).toBeNull();
    expect(slugProblem("")).toBe("missing");
    expect(slugProblem("Forum Opens")).toBe("invalid");
    expect(slugProblem("a--b")).toBe("invalid");
    expect(slugProblem("page")).toBe("reserved");
    expect(reservedSlugs.has("page")).toBe(true);
  });

  it("finds the first free variant", () => {
    expect(firstFreeSlug("forum", new Set())).toBe("forum");
    expect(firstFreeSlug("forum", new Set(["forum", "forum-2"]))).toBe("forum-3");
    expect(firstFreeSlug("page", new Set())).toBe("page-2");
  });
});
