import type { Context } from "../context";
export async function checkVisibility(_ctx: Context): Promise<void> {
  throw new Error("not written yet");
}
