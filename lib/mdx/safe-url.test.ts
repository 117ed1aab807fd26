import { describe, expect, it } from "vitest";
import { isAllowedUrl } from "./safe-url";

describe("isAllowedUrl for links", () => {
  it.each([
    "https://example.com/a?b=1#c",
    "http://example.com",
    "HTTPS://EXAMPLE.COM",
    "mailto:press@example.com",
    "#schedule",
    "/en/program",
    "/",
    "  https://example.com  ",
    "ht\ttps://example.com", // browsers drop the tab: this is https
  ])("allows %j", (url) => {
    expect(isAllowedUrl(url, "link")).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "jav&#x09;ascript:alert(1)", // undecoded entity: not an allowed form either
    "&#106;avascript:alert(1)",
    "java%73cript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "\\\\evil.example",
    "https://exa\u0000mple.com",
    "relative/path",
    "?query",
    "",
    "   ",
  ])("refuses %j", (url) => {
    expect(isAllowedUrl(url, "link")).toBe(false);
  });
});

describe("isAllowedUrl for images", () => {
  it.each(["/media/12", "/media/abc.png"])("allows %j", (url) => {
    expect(isAllowedUrl(url, "image")).toBe(true);
  });

  it.each([
    "http://insecure.example/img.png",
    "https://cdn.example/a.png",
    "data:image/png;base64,iVBORw0KGgo=",
    "/about",
    "/mediafoo/1",
    "//cdn.example/a.png",
    "#x",
    "mailto:a@example.com",
    "javascript:alert(1)",
    "x",
  ])("refuses %j", (url) => {
    expect(isAllowedUrl(url, "image")).toBe(false);
  });
});
