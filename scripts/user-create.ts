// npm run user:create -- --email <e> --password <p> --role admin|editor [--name <n>]
// Creates a staff user, or updates the one with that email (which ends their sessions).
import { parseArgs } from "node:util";
import { z } from "zod";
import { runMigrations } from "@/db/migrate";
import { upsertStaffUser } from "@/db/queries/staff-users";
import { recordAudit } from "@/lib/audit";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { withDatabase } from "./with-database";

const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
});

const parsed = z
  .object({
    email: z.email("--email must be an email address"),
    password: z.string().min(MIN_PASSWORD_LENGTH, `--password must have at least ${MIN_PASSWORD_LENGTH} characters`),
    role: z.enum(["admin", "editor"], "--role must be admin or editor"),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .safeParse(values);

if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => i.message).join("\n"));
  console.error("usage: npm run user:create -- --email <email> --password <password> --role admin|editor [--name <name>]");
  process.exit(2);
}

const { email, password, role } = parsed.data;
await withDatabase(async (db) => {
  await runMigrations(db);
  const { user, created } = await upsertStaffUser(db, {
    email,
    name: parsed.data.name ?? email.split("@")[0]!,
    role,
    passwordHash: await hashPassword(password),
  });
  await recordAudit(db, null, {
    action: created ? "create" : "update",
    entity: "staff_user",
    entityId: user.id,
    summary: { via: "user:create", email: user.email, role },
  });
  console.log(`${created ? "Created" : "Updated"} ${role} ${user.email}.`);
});
