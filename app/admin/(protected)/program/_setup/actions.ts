"use server";
// Server actions of the hall, track and format lists (/admin/program/halls,
// /tracks, /formats). Thin on purpose: the work is in
// lib/admin/program-setup-actions.ts, the same for the three kinds.
import { deleteSetupItemAction, moveSetupItemAction, saveSetupItem, type SetupDeleteState, type SetupFormState } from "@/lib/admin/program-setup-actions";

export async function saveHallAction(previous: SetupFormState, formData: FormData): Promise<SetupFormState> {
  return saveSetupItem("hall", previous, formData);
}
export async function deleteHallAction(previous: SetupDeleteState, formData: FormData): Promise<SetupDeleteState> {
  return deleteSetupItemAction("hall", previous, formData);
}
export async function moveHallAction(formData: FormData): Promise<void> {
  return moveSetupItemAction("hall", formData);
}

export async function saveTrackAction(previous: SetupFormState, formData: FormData): Promise<SetupFormState> {
  return saveSetupItem("track", previous, formData);
}
export async function deleteTrackAction(previous: SetupDeleteState, formData: FormData): Promise<SetupDeleteState> {
  return deleteSetupItemAction("track", previous, formData);
}
export async function moveTrackAction(formData: FormData): Promise<void> {
  return moveSetupItemAction("track", formData);
}

export async function saveFormatAction(previous: SetupFormState, formData: FormData): Promise<SetupFormState> {
  return saveSetupItem("format", previous, formData);
}
export async function deleteFormatAction(previous: SetupDeleteState, formData: FormData): Promise<SetupDeleteState> {
  return deleteSetupItemAction("format", previous, formData);
}
export async function moveFormatAction(formData: FormData): Promise<void> {
  return moveSetupItemAction("format", formData);
}
