"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { usePresent } from "./present-context";

/**
 * A button that shows or hides a form to add or change an agreement. On the
 * presentation, "Record an agreement" on an act slide opens the add form of that act
 * (through the deck's context) and puts the focus in it.
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
  const [open, setOpen] = useState(false);
  const requested = mode === "add" && present?.agreementFor === actId;
  const isOpen = open || requested;

  useEffect(() => {
    if (!requested) return;
    panelRef.current?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
  }, [requested]);

  return (
    <div className="space-y-3">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={`${id}-panel`}
        onClick={() => {
          if (isOpen) {
            setOpen(false);
            if (requested) present?.clearAgreementFor();
          } else {
            setOpen(true);
          }
        }}
        className="rounded border-2 border-brand px-4 py-1.5 font-semibold text-[var(--present-accent,var(--color-brand-strong))]"
        data-agreement-editor={mode}
      >
        {isOpen ? closeLabel : openLabel}
        <span className="sr-only">: {context}</span>
      </button>
      <div id={`${id}-panel`} ref={panelRef} hidden={!isOpen} className="rounded-lg border-2 border-line p-5" data-agreement-panel={mode}>
        {children}
      </div>
    </div>
  );
}
