"use server";

import { getDb } from "@/db";
import { deleteStaffSession } from "@/db/queries/staff-sessions";
import { signOut } from "@/lib/auth/config";
import { getSession } from "@/lib/auth/dal";

/** Ends the session on the server (its row is deleted, so a copied cookie stops working), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  const session = await getSession();
  if (session) await deleteStaffSession(await getDb(), session.sessionId);
  await signOut({ redirectTo: "/admin/login" });
}
