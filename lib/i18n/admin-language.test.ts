import { describe, expect, it } from "vitest";
import { adminMessages } from "@/messages/admin";
import { pickAdminLanguage } from "./admin-language";

/**
 * The argument names an ICU message uses ("{page} of {pages}", "{n, plural, one {#} other {#}}"),
 * found by a small scan: a `{` in message text opens an argument; a plural or select argument's
 * branches are `key {message}`, scanned as messages in turn.
 */
function argumentsOf(text: string): string[] {
  const names = new Set<string>();
  const message = (i: number): number => {
    while (i < text.length && text[i] !== "}") {
      if (text[i] === "{") i = argument(i + 1);
      else i += 1;
    }
    return i;
  };
  const argument = (i: number): number => {
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(text.slice(i))!;
    names.add(head[1]!);
    i += head[0].length;
    if (head[2] === "plural" || head[2] === "select" || head[2] === "selectordinal") {
      i += 1; // the comma before the branches
      while (i < text.length && text[i] !== "}") {
        if (text[i] === "{") i = message(i + 1) + 1;
        else i += 1;
      }
    } else {
      while (i < text.length && text[i] !== "}") i += 1; // a format such as ", number"
    }
    return i + 1;
  };
  message(0);
  return [...names].sort();
}

/** Every key path of a messages object, with the arguments its text names. */
function shape(messages: object, prefix = ""): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[path] = argumentsOf(value);
    else Object.assign(out, shape(value as object, path));
  }
  return out;
}

describe("pickAdminLanguage", () => {
  it("takes the user's own choice first, whatever the browser says", () => {
    expect(pickAdminLanguage("ru", "en-GB,en;q=0.9")).toBe("ru");
    expect(pickAdminLanguage("en", "ru-RU,ru;q=0.9")).toBe("en");
  });

  it("falls back to the browser's language, then English", () => {
    expect(pickAdminLanguage(undefined, "ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(pickAdminLanguage(undefined, "de-DE,de;q=0.9")).toBe("en");
    expect(pickAdminLanguage(undefined, null)).toBe("en");
  });

  it("ignores a cookie value that is not one of the site's languages", () => {
    expect(pickAdminLanguage("fr", "ru")).toBe("ru");
    expect(pickAdminLanguage("<script>", null)).toBe("en");
  });
});

describe("the admin's message files", () => {
  it("are scanned for arguments correctly (the check below relies on it)", () => {
    expect(argumentsOf("Page {page} of {pages}")).toEqual(["page", "pages"]);
    expect(argumentsOf("{total, plural, one {# entry} other {# entries in {where}}}")).toEqual(["total", "where"]);
    expect(argumentsOf("{role, select, admin {администратор} other {редактор}}")).toEqual(["role"]);
  });


  it("have the same keys in Russian and English, each text naming the same placeholders", () => {
    expect(shape(adminMessages.ru)).toEqual(shape(adminMessages.en));
  });
});
