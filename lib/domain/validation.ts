import { z } from "zod";
import { cleanSingleLine } from "@/lib/domain/text";

/**
 * Error codes used in zod messages. Server actions translate them with the
 * `errors` namespace of messages/*.json, so every code here has a message there
 * (toAuthFieldErrors in auth-validation.ts reads them, with the account codes).
 */
export const ERROR_CODES = ["required", "tooLong", "invalidDate", "invalidChoice", "invalidCode", "invalidThreshold", "invalidRetention"] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];

/** A one-line text as stored: control and bidi characters removed (lib/domain/text.ts), trimmed. */
export function requiredText(max: number) {
  return z.string("required").overwrite(cleanSingleLine).trim().min(1, "required").max(max, "tooLong");
}

export function optionalText(max: number) {
  return z
    .string()
    .overwrite(cleanSingleLine)
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));
}

/**
 * The code of an id or token that cannot name anything. Server actions answer it with
 * "does not exist" (lib/server/action.ts), never as a field error: these come from
 * hidden fields and links, not from what the user typed.
 */
export const INVALID_ID = "invalidId";

/** A database id (cuid) as a form sends it. */
export const ZId = z.string(INVALID_ID).regex(/^[A-Za-z0-9_-]{1,40}$/, INVALID_ID);

/** A secret from a link (invitation, resume link, password reset), URL-safe. */
export const ZToken = z.string(INVALID_ID).regex(/^[A-Za-z0-9_-]{1,200}$/, INVALID_ID);

/** A calendar date as an <input type="date"> sends it. */
export const ZDateInput = z
  .string("invalidDate")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
  // A real calendar day (no 31 February) in a sensible range.
  .refine((v) => {
    const d = new Date(`${v}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2100-12-31";
  }, "invalidDate")
  .transform((v) => new Date(`${v}T00:00:00.000Z`));
