/**
 * A gate for server action requests, run by the proxy before Next.js decodes them
 * (issue 13: "action bodies that are not FormData, or over 1 MB" gave a 500). Next.js
 * answers every error while decoding a fetch action with a 500, a body over its
 * `serverActions.bodySizeLimit` included, and it may wait forever on a reference to a part
 * that was never sent. Every action of this app is a form action that the browser calls as
 * `action(previousState, formData)` (lib/server/action.ts), so a well-formed request is:
 *
 * - a `Next-Action` request: `multipart/form-data`, whose field "0" is the JSON array
 *   `[previousState, "$K<n>"]`; the state is plain JSON (strings starting with "$" only as
 *   React's escapes for values, never references to other parts);
 * - a form posted without JavaScript: `multipart/form-data` whose `$ACTION_…` fields, if
 *   any, are well-formed (`$ACTION_REF_<n>` with JSON in `$ACTION_<n>:0` and `:1`).
 *
 * Both with a body of at most ACTION_BODY_LIMIT_BYTES. Anything else is answered
 * here with a 4xx and never reaches an action. See docs/decisions/027-a-gate-for-server-action-requests.md.
 */

/** The largest action body: Next.js's `serverActions.bodySizeLimit` (next.config.ts) is the same. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type TActionRefusal = { status: 400 | 413 | 415; reason: string };

/** The body's bytes, or null when it is longer than `limit` (also without a Content-Length: chunked). */
export async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: the cancel of one branch of a cloned body settles only once the other is cancelled too.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** React's escapes for values in a reply ("$$…" is a string starting with "$"); no references to other parts. */
const VALUE_ESCAPE = /^\$(\$|undefined$|-0$|Infinity$|-Infinity$|NaN$|D\d{4}-|n-?\d+$)/;

function plainReplyValue(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") return !value.startsWith("$") || VALUE_ESCAPE.test(value);
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.every((v) => plainReplyValue(v, depth + 1));
  if (typeof value === "object") return Object.values(value).every((v) => plainReplyValue(v, depth + 1));
  return false;
}

function parseJson(text: FormDataEntryValue | null): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== "string") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The arguments of a fetch action: `[previousState, "$K<n>"]`. */
function wellFormedFetchAction(form: FormData): boolean {
  const root = parseJson(form.get("0"));
  if (!root.ok || !Array.isArray(root.value) || root.value.length !== 2) return false;
  const [state, formData] = root.value as unknown[];
  return typeof formData === "string" && /^\$K\d{1,6}$/.test(formData) && plainReplyValue(state);
}

/** The `$ACTION_…` fields of a form posted without JavaScript. */
function wellFormedFormPost(form: FormData): boolean {
  for (const [name, value] of form) {
    if (!name.startsWith("$ACTION_")) continue;
    if (typeof value !== "string") return false;
    const ref = /^\$ACTION_REF_(\d{1,6})$/.exec(name);
    if (ref) {
      const action = parseJson(form.get(`$ACTION_${ref[1]}:0`));
      if (!action.ok || typeof action.value !== "object" || action.value === null) return false;
      const { id, bound } = action.value as { id?: unknown; bound?: unknown };
      if (typeof id !== "string" || !/^[0-9a-f]{2,100}$/.test(id)) return false;
      if (bound !== null && bound !== undefined) {
        if (bound !== "$@1") return false;
        const args = parseJson(form.get(`$ACTION_${ref[1]}:1`));
        if (!args.ok || !Array.isArray(args.value) || !plainReplyValue(args.value)) return false;
      }
    } else if (!/^\$ACTION_(ID_[0-9a-f]{2,100}|KEY|\d{1,6}:[01])$/.test(name)) {
      return false;
    }
  }
  return true;
}

/**
 * Whether a POST to a page is a malformed server action request, and how to answer it
 * (null: let Next.js handle it). Reads a copy of the body, at most ACTION_BODY_LIMIT_BYTES.
 */
export async function refuseMalformedAction(request: Request): Promise<TActionRefusal | null> {
  if (request.method !== "POST") return null;
  const fetchAction = request.headers.has("next-action");
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  // Next.js treats only these as actions; any other POST to a page is rendered as a page.
  if (!fetchAction && !multipart) return null;
  if (fetchAction && !multipart) return { status: 415, reason: "an action's body is a form (multipart/form-data)" };

  const tooLarge = { status: 413, reason: `the body is larger than ${ACTION_BODY_LIMIT_BYTES} bytes` } as const;
  const length = request.headers.get("content-length");
  if (length !== null && !(Number(length) <= ACTION_BODY_LIMIT_BYTES)) return tooLarge;
  const body = await readAtMost(request.clone(), ACTION_BODY_LIMIT_BYTES);
  if (body === null) return tooLarge;

  let form: FormData;
  try {
    // The original header: the multipart boundary is case-sensitive.
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return { status: 400, reason: "the body is not a readable form" };
  }
  const wellFormed = fetchAction ? wellFormedFetchAction(form) : wellFormedFormPost(form);
  return wellFormed ? null : { status: 400, reason: "the form is not one of this app's action requests" };
}
