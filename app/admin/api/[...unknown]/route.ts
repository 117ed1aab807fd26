// Any other path under this prefix: the 404 document (lib/html/unknown-path.ts says why).
import { unknownPath } from "@/lib/html/unknown-path";

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
