import { AdminShell } from "@/components/admin/admin-shell";
import { requireRole } from "@/lib/auth/dal";
import { signOutAction } from "../sign-out-action";

// The shell only; every page and action below checks the session itself too.
export default async function ProtectedLayout({ children }: { children: React.ReactNode }) {
  const session = await requireRole("editor");
  return (
    <AdminShell session={session} signOut={signOutAction}>
      {children}
    </AdminShell>
  );
}
