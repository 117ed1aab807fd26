import { describe, expect, it } from "vitest";
import { hreflangLinks } from "./hreflang";
import { absoluteUrl } from "./urls";

describe("hreflangLinks", () => {
  it("lists both languages and x-default, the default locale's page, for a translated page", () => {
    expect(hreflangLinks({ ru: "/ru/news/a", en: "/en/news/b" })).toEqual({
      en: absoluteUrl("/en/news/b"),
      ru: absoluteUrl("/ru/news/a"),
      "x-default": absoluteUrl("/en/news/b"),
    });
  });

  it("lists only the page itself when it has no translation, in either language", () => {
    expect(hreflangLinks({ ru: "/ru/news/only" })).toEqual({ ru: absoluteUrl("/ru/news/only") });
    expect(hreflangLinks({ en: "/en/news/only" })).toEqual({ en: absoluteUrl("/en/news/only") });
  });
});
