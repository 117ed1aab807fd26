// Article pages skip the proxy (proxy.ts's matcher), which adds HSTS to what it
// sees: the documents must carry it themselves when the site is served over https.
import { afterEach, describe, expect, it, vi } from "vitest";
import { HSTS_VALUE } from "@/lib/security/hsts";
import { nextIntlServerStandIn } from "../../tests/int/support/next-stand-ins";

vi.mock("next-intl/server", () => nextIntlServerStandIn());

const { htmlDocumentResponse } = await import("./site-page");

describe("document answers and Strict-Transport-Security", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("carry it when SITE_URL is https", () => {
    vi.stubEnv("SITE_URL", "https://forum.example");
    const response = htmlDocumentResponse("<!DOCTYPE html><html></html>");
    expect(response.headers.get("strict-transport-security")).toBe(HSTS_VALUE);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("never over plain http", () => {
    vi.stubEnv("SITE_URL", "http://127.0.0.1:3000");
    expect(htmlDocumentResponse("<!DOCTYPE html><html></html>").headers.get("strict-transport-security")).toBeNull();
  });
});
