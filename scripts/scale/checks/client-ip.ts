import type { Context } from "../context";
export async function checkClientIp(_ctx: Context): Promise<void> {
  throw new Error("not written yet");
}
