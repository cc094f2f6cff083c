"use client";

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { FormSuccessContext } from "@/components/ui/form-success";
import { usePresent } from "./present-context";

/**
 * A button that shows or hides a form to add or change an agreement. On the
 * presentation, "Record an agreement" on an act slide opens the add form of that act
 * (through the deck's context) and puts the focus in it. After a save the form closes
 * (the saved agreement is then in the list, with its own edit button), the focus goes
 * back to the button and the action's message is announced next to it; a form that is
 * opened again starts afresh.
 */
export function AgreementEditor({
  actId,
  mode,
  openLabel,
  closeLabel,
  context,
  children,
}: {
  actId: string;
  mode: "add" | "edit";
  openLabel: string;
  closeLabel: string;
  /** Read after the button's label by screen readers, e.g. the act or the agreement. */
  context: string;
  children: ReactNode;
}) {
  const present = usePresent();
  const id = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  // A new key gives a fresh (empty) form the next time it opens.
  const [round, setRound] = useState(0);
  const requested = mode === "add" && present?.agreementFor === actId;
  const isOpen = open || requested;
  const clearRequest = present?.clearAgreementFor;

  const onSaved = useCallback(
    (message: string | undefined) => {
      setOpen(false);
      if (requested) clearRequest?.();
      setRound((r) => r + 1);
      setSavedMessage(message ?? null);
      buttonRef.current?.focus();
    },
    [requested, clearRequest],
  );

  useEffect(() => {
    if (!requested) return;
    panelRef.current?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
  }, [requested]);

  return (
    <div className="space-y-3">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={`${id}-panel`}
        onClick={() => {
          if (isOpen) {
            setOpen(false);
            if (requested) present?.clearAgreementFor();
          } else {
            setSavedMessage(null);
            setOpen(true);
          }
        }}
        className="rounded border-2 border-brand px-4 py-1.5 font-semibold text-[var(--present-accent,var(--color-brand-strong))]"
        data-agreement-editor={mode}
      >
        {isOpen ? closeLabel : openLabel}
        <span className="sr-only">: {context}</span>
      </button>
      <p role="status" className={savedMessage ? "font-semibold text-ok" : "sr-only"} data-agreement-saved={mode}>
        {savedMessage}
      </p>
      <div id={`${id}-panel`} ref={panelRef} hidden={!isOpen} className="rounded-lg border-2 border-line p-5" data-agreement-panel={mode}>
        <FormSuccessContext.Provider value={onSaved}>
          <div key={round}>{children}</div>
        </FormSuccessContext.Provider>
      </div>
    </div>
  );
}
