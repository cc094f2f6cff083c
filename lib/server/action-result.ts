/** What a server action returns to its form. Messages are translated on the server. */
export type TActionResult =
  | {
      ok: true;
      message?: string;
      /** Something to copy and pass on (e.g. an invitation link), shown once under the message. */
      share?: { label: string; value: string };
    }
  | {
      ok: false;
      /** Messages per field name. */
      errors: Record<string, string>;
      message?: string;
      /**
       * What the user sent, per field name (never passwords or tokens), so that the form
       * shows it again: React resets a form after its action (lib/server/action.ts).
       */
      values?: Record<string, string>;
    };

export type TActionFailure = Extract<TActionResult, { ok: false }>;

/** A server action as a form calls it through useActionState: previous result and the form's data. */
export type TFormAction = (previous: TActionResult | null, formData: FormData) => Promise<TActionResult>;
