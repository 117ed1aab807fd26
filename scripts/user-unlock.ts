// npm run user:unlock -- --email <e> [--ip <address>]
// Ends a sign-in lock at once: forgets the failed sign-ins of an email (and of an
// address, with --ip), so the next attempt is let through. For the admin locked out
// by someone typing wrong passwords for their email. Written to the audit log.
import { isIP } from "node:net";
import { parseArgs } from "node:util";
import { z } from "zod";
import { runMigrations } from "@/db/migrate";
import { clearFailures } from "@/db/queries/login-attempts";
import { recordAudit } from "@/lib/audit";
import { withDatabase } from "./with-database";

const { values } = parseArgs({ options: { email: { type: "string" }, ip: { type: "string" } } });

const parsed = z
  .object({
    email: z.email("--email must be an email address").transform((e) => e.trim().toLowerCase()),
    ip: z
      .string()
      .trim()
      .refine((ip) => isIP(ip) !== 0, "--ip must be an IPv4 or IPv6 address")
      .optional(),
  })
  .safeParse(values);

if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => i.message).join("\n"));
  console.error("usage: npm run user:unlock -- --email <email> [--ip <address>]");
  process.exit(2);
}

const { email, ip } = parsed.data;
await withDatabase(async (db) => {
  await runMigrations(db);
  const cleared = await clearFailures(db, { email, ip });
  await recordAudit(db, null, { action: "unlock", entity: "sign_in", entityId: null, summary: { via: "user:unlock", email, ...(ip ? { ip } : {}), cleared } });
  console.log(`Cleared ${cleared} failed sign-in${cleared === 1 ? "" : "s"} for ${email}${ip ? ` and ${ip}` : ""}: the next attempt is let through.`);
});
