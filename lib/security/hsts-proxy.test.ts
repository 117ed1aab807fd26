// The proxy puts HSTS on its answers when SITE_URL is https, and only then.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

afterEach(() => vi.unstubAllEnvs());

async function headerFor(siteUrl: string, path: string): Promise<string | null> {
  vi.stubEnv("SITE_URL", siteUrl);
  const response = await proxy(new NextRequest(new URL(path, siteUrl)));
  return response.headers.get("strict-transport-security");
}

describe("the proxy's HSTS", () => {
  // (The proxy's 404 answers render the site's page, which needs Next's request scope,
  // so they are not called here; they leave through the same wrapper.)
  it("is on pages, staff pages and redirects of an https site", async () => {
    expect(await headerFor("https://forum.example", "/en/about")).toBe("max-age=31536000");
    expect(await headerFor("https://forum.example", "/")).toBe("max-age=31536000");
    expect(await headerFor("https://forum.example", "/en/news?page=2")).toBe("max-age=31536000");
    expect(await headerFor("https://forum.example", "/admin/news")).toBe("max-age=31536000");
  });

  it("is absent on an http site", async () => {
    expect(await headerFor("http://localhost:3000", "/en/about")).toBeNull();
    expect(await headerFor("http://localhost:3000", "/")).toBeNull();
  });
});
