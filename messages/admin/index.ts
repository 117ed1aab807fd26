// The staff area's words, one file per part of the admin and language
// (messages/admin/<locale>/<part>.json), so that parts are translated and
// reviewed on their own. A part's file name is its namespace. The unit test
// lib/i18n/admin-language.test.ts keeps the two languages' keys and ICU
// arguments identical.
import enAccount from "./en/account.json";
import enAudit from "./en/audit.json";
import enFormKit from "./en/formKit.json";
import enMdx from "./en/mdx.json";
import enNews from "./en/news.json";
import enPartners from "./en/partners.json";
import enProgramEdition from "./en/programEdition.json";
import enProgramPeople from "./en/programPeople.json";
import enProgramSessions from "./en/programSessions.json";
import enProgramSetup from "./en/programSetup.json";
import enShell from "./en/shell.json";
import enSignIn from "./en/signIn.json";
import enUploads from "./en/uploads.json";
import enUsers from "./en/users.json";
import ruAccount from "./ru/account.json";
import ruAudit from "./ru/audit.json";
import ruFormKit from "./ru/formKit.json";
import ruMdx from "./ru/mdx.json";
import ruNews from "./ru/news.json";
import ruPartners from "./ru/partners.json";
import ruProgramEdition from "./ru/programEdition.json";
import ruProgramPeople from "./ru/programPeople.json";
import ruProgramSessions from "./ru/programSessions.json";
import ruProgramSetup from "./ru/programSetup.json";
import ruShell from "./ru/shell.json";
import ruSignIn from "./ru/signIn.json";
import ruUploads from "./ru/uploads.json";
import ruUsers from "./ru/users.json";

const en = { shell: enShell, audit: enAudit, formKit: enFormKit, partners: enPartners, programSessions: enProgramSessions, programSetup: enProgramSetup, programPeople: enProgramPeople, programEdition: enProgramEdition, news: enNews, users: enUsers, signIn: enSignIn, account: enAccount, uploads: enUploads, mdx: enMdx };

export type AdminMessages = typeof en;

export const adminMessages: Record<"en" | "ru", AdminMessages> = {
  en,
  ru: { shell: ruShell, audit: ruAudit, formKit: ruFormKit, partners: ruPartners, programSessions: ruProgramSessions, programSetup: ruProgramSetup, programPeople: ruProgramPeople, programEdition: ruProgramEdition, news: ruNews, users: ruUsers, signIn: ruSignIn, account: ruAccount, uploads: ruUploads, mdx: ruMdx },
};
