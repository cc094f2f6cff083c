"use client";

import { useState } from "react";

/**
 * Copies a text (a resume or invite link) and says so in a live region, so that
 * screen readers hear the same "copied" notice as everyone else sees.
 */
export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(new URL(text, window.location.href).href);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
        className="min-h-11 rounded border-2 border-brand-strong px-4 font-semibold text-brand-strong"
      >
        {label}
      </button>
      <span aria-live="polite" role="status" className="text-sm font-semibold text-ok" data-testid="copied-notice">
        {copied ? copiedLabel : ""}
      </span>
    </span>
  );
}
