import "server-only";
// Upload refusals and notices (lib/uploads/failure-words.ts) in the language of
// this request's reader: the upload routes' answers and the pages a form post
// without JavaScript returns to.
import { adminLanguage } from "@/lib/i18n/admin-text";
import { uploadDoneTextIn, uploadFailureTextIn, uploadGoneTextIn, type UploadFailureCode, type UploadNoun, type UploadOwner } from "./failure-words";

export async function uploadFailureText(code: UploadFailureCode, noun: UploadNoun): Promise<string> {
  return uploadFailureTextIn(await adminLanguage(), code, noun);
}

export async function uploadDoneText(what: Parameters<typeof uploadDoneTextIn>[1]): Promise<string> {
  return uploadDoneTextIn(await adminLanguage(), what);
}

export async function uploadGoneText(owner: UploadOwner): Promise<string> {
  return uploadGoneTextIn(await adminLanguage(), owner);
}
