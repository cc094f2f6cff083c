/** What a server action returns to its form. Messages are translated on the server. */
export type TActionResult =
  | {
      ok: true;
      message?: string;
      /** Something to copy and pass on (e.g. an invitation link), shown once under the message. */
      share?: { label: string; value: string };
    }
  | { ok: false; errors: Record<string, string>; message?: string };
