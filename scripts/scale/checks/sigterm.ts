import type { Context } from "../context";
export async function checkSigterm(_ctx: Context): Promise<void> {
  throw new Error("not written yet");
}
