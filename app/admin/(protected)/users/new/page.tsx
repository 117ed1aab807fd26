import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { inviteUser } from "../actions";
import { InviteForm } from "./invite-form";
import "../users.css";

export const metadata: Metadata = { title: "Invite a user" };

export default async function InviteUserPage() {
  await requireRole("admin");
  return (
    <div className="users-narrow">
      <p>
        <a href="/admin/users">← All users</a>
      </p>
      <h1>Invite a user</h1>
      <p>
        The new user signs in with their email and a temporary password, and is then asked to choose their own password.
      </p>
      <InviteForm action={inviteUser} />
    </div>
  );
}
