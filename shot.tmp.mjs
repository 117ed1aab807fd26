import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-dev-shm-usage"] });
for (const [url, out, js, width] of JSON.parse(process.argv[2])) {
  const c = await b.newContext({ javaScriptEnabled: js, viewport: { width: width ?? 1100, height: 900 } });
  const p = await c.newPage(); await p.goto(url); await p.screenshot({ path: out, fullPage: false }); await c.close();
}
await b.close();
