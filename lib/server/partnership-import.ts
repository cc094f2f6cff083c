import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/access";
import { readAtMost } from "@/lib/platform/action-request";
import { hasOwnOrigin } from "@/lib/platform/origin";
import { limits } from "@/lib/platform/rate-limit";
import { importPartnershipFile } from "@/lib/data/partnership-transfer";
import { MAX_IMPORT_UPLOAD_BYTES } from "@/lib/domain/export-format";

/**
 * The upload of a partnership export in the app (app/api/partnerships/import), posted by
 * the form on the new-partnership page, with or without JavaScript. Not a server action:
 * an export is often larger than the 1 MiB an action may receive (decision 029). The steps
 * follow the guarded action (lib/server/action.ts): own Origin, a form, zod, signed in,
 * then the one import function of lib/data/partnership-transfer.ts, which is also
 * `npm run data:import`'s and stores everything in one transaction or nothing.
 */

/** Why an upload was not imported; each has a translated message (partnershipImport.error.*). */
export const IMPORT_UPLOAD_ERRORS = ["noFile", "tooLarge", "notJson", "notAnExport", "unknownVersion", "invalid", "tooMany", "unexpected"] as const;
export type TImportUploadError = (typeof IMPORT_UPLOAD_ERRORS)[number];

export type TImportUploadOutcome =
  | { kind: "imported"; partnershipId: string }
  | { kind: "failed"; error: TImportUploadError }
  | { kind: "signIn" }
  /** Not a request the form sends (another site, not a form): answered with a plain 4xx. */
  | { kind: "refused"; status: 400 | 403 | 415; reason: string };

/** The form's one field: the file (an empty file input sends a file without name or bytes). */
const ZUpload = z.object({ file: z.instanceof(File).refine((f) => f.size > 0, "noFile") });

export async function receivePartnershipImport(request: Request): Promise<TImportUploadOutcome> {
  if (!(await hasOwnOrigin())) return { kind: "refused", status: 403, reason: "the request does not come from this site" };
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return { kind: "refused", status: 415, reason: "the body is a form (multipart/form-data)" };
  const user = await getCurrentUser();
  if (!user) return { kind: "signIn" };

  // The size before anything else is read; a body cut off at the limit counts as too large.
  const length = request.headers.get("content-length");
  if (length !== null && !(Number(length) < MAX_IMPORT_UPLOAD_BYTES)) return { kind: "failed", error: "tooLarge" };
  const body = await readAtMost(request, MAX_IMPORT_UPLOAD_BYTES);
  if (body === null || body.byteLength >= MAX_IMPORT_UPLOAD_BYTES) return { kind: "failed", error: "tooLarge" };

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    return { kind: "refused", status: 400, reason: "the body is not a readable form" };
  }
  const upload = ZUpload.safeParse({ file: form.get("file") });
  if (!upload.success) return { kind: "failed", error: "noFile" };

  const attempt = await limits.partnershipImport.consume(user.id);
  if (!attempt.allowed) return { kind: "failed", error: "tooMany" };
  try {
    const result = await importPartnershipFile(user.id, await upload.data.file.text(), MAX_IMPORT_UPLOAD_BYTES);
    return result.ok ? { kind: "imported", partnershipId: result.partnershipId } : { kind: "failed", error: result.error };
  } catch (e) {
    console.error("partnership import failed", e);
    return { kind: "failed", error: "unexpected" };
  }
}
