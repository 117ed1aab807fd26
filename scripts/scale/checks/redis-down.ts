import type { Context } from "../context";
export async function checkRedisDown(_ctx: Context): Promise<void> {
  throw new Error("not written yet");
}
