// TOTP (RFC 6238) through the otpauth library: SHA-1, six digits, 30-second
// steps, the parameters every authenticator app understands. A code is accepted
// for the current step and one step either side (clocks drift, people type
// slowly), and only for a step later than the last one accepted for that user:
// a code seen over someone's shoulder, or sent twice, does not work again.
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";

const ISSUER = "Podium";
const PERIOD = 30;
const DIGITS = 6;
const WINDOW = 1;

/** A new random secret (160 bits, the RFC's recommended size), as base32 text. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, email = "") {
  return new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secretBase32), algorithm: "SHA1", digits: DIGITS, period: PERIOD });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** The secret in groups of four, for typing it into an app by hand. */
export function groupForTyping(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)?.join(" ") ?? "";
}

/** The QR code of `uri` as an SVG data URL, made on the server: the page needs no script to show it. */
export function qrCodeDataUrl(uri: string): string {
  const svg = renderSVG(uri, { border: 2, ecc: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** The code an app shows at `timestamp` (tests and the e2e fixtures compute codes with this). */
export function totpCode(secretBase32: string, timestamp = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp });
}

/** The time step of `timestamp`. */
export function totpStep(timestamp = Date.now()): number {
  return TOTP.counter({ period: PERIOD, timestamp });
}

/** Six digits, spaces and dashes ignored ("123 456" is what apps show). */
export function normalizeTotpInput(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^[0-9]{6}$/.test(digits) ? digits : null;
}

/**
 * The step a code belongs to, if it is right for now ± one step and later than
 * `lastUsedStep`; null otherwise. The caller must then record the step
 * atomically (db/queries/two-factor.ts) so two requests cannot both use it.
 */
export function matchTotp(secretBase32: string, input: string, lastUsedStep: number | null, timestamp = Date.now()): number | null {
  const token = normalizeTotpInput(input);
  if (!token) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp, window: WINDOW });
  if (delta === null) return null;
  const step = totpStep(timestamp) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}
