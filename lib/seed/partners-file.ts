// content/partners.json: the roles and partners of the demo forum, in page order.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const roleSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  labelEn: z.string().min(1),
  labelRu: z.string().min(1),
  kind: z.enum(["organizer", "operator", "partner"]),
});

const partnerSchema = z.strictObject({
  nameEn: z.string().min(1),
  nameRu: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  role: z.string(),
});

const partnersFileSchema = z
  .strictObject({ roles: z.array(roleSchema).min(1), partners: z.array(partnerSchema) })
  .superRefine((file, ctx) => {
    const keys = new Set(file.roles.map((r) => r.key));
    file.partners.forEach((p, i) => {
      if (!keys.has(p.role)) ctx.addIssue({ code: "custom", path: ["partners", i, "role"], message: `unknown role ${p.role}` });
    });
  });

export type PartnersFile = z.infer<typeof partnersFileSchema>;

export async function loadPartnersFile(root = path.join(process.cwd(), "content")): Promise<PartnersFile> {
  const file = path.join(root, "partners.json");
  const parsed = partnersFileSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error(`content/partners.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
