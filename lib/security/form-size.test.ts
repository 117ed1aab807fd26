import { describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT_BYTES, formTooLarge, formTooLargeResponse } from "./form-size";

describe("formTooLarge", () => {
  it("refuses a POST declaring more than the limit, and nothing else", () => {
    expect(formTooLarge("POST", String(FORM_BODY_LIMIT_BYTES + 1))).toBe(true);
    expect(formTooLarge("POST", String(5 * 1024 * 1024))).toBe(true);
    expect(formTooLarge("POST", String(FORM_BODY_LIMIT_BYTES))).toBe(false);
    expect(formTooLarge("POST", null)).toBe(false);
    expect(formTooLarge("POST", "not a number")).toBe(false);
    expect(formTooLarge("GET", String(5 * 1024 * 1024))).toBe(false);
  });

  it("answers 413 with the sizes in words, never stored", async () => {
    const response = formTooLargeResponse(String(5 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toContain("What you sent is 5 MB; a form may be at most 1 MB. Nothing was saved.");
  });
});
