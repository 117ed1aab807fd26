import type { Context } from "../context";
export async function checkBoundedCache(_ctx: Context): Promise<void> {
  throw new Error("not written yet");
}
