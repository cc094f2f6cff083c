/** What a server action returns to its form. Messages are translated on the server. */
export type TActionResult =
  | { ok: true; message?: string }
  | { ok: false; errors: Record<string, string>; message?: string };

export const initialActionResult: TActionResult | null = null;
