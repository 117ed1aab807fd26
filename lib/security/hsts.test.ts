import { describe, expect, it } from "vitest";
import { HSTS_VALUE, strictTransportSecurity } from "./hsts";

describe("strictTransportSecurity", () => {
  it("is a year's policy for an https site", () => {
    expect(strictTransportSecurity("https://forum.example")).toBe("max-age=31536000");
    expect(strictTransportSecurity(" https://forum.example/ ")).toBe(HSTS_VALUE);
  });

  it("is nothing for http, a missing or a malformed SITE_URL", () => {
    expect(strictTransportSecurity("http://forum.example")).toBeNull();
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
    expect(strictTransportSecurity("")).toBeNull();
    expect(strictTransportSecurity("not a url")).toBeNull();
  });
});
