"use client";

import { useErrorTexts } from "@/components/ui/error-texts";

// Unexpected errors: a generic message, never the error's own text.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-strong">{t.pageTitle}</h1>
      <p>{t.unexpected}</p>
      <button type="button" onClick={reset} className="rounded bg-brand px-5 py-2.5 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
