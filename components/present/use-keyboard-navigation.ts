import { useEffect, useEffectEvent } from "react";

/**
 * The deck's keys: →/PageDown and ←/PageUp turn the slide, Space turns forward
 * (Shift+Space back), Home and End go to the first and last slide, R reveals or hides
 * the results. Keys typed into a field are not slide commands, and Space on a button
 * presses the button instead of turning the slide.
 */

export type TKeyCommand = "next" | "previous" | "first" | "last" | "reveal";

/** The parts of a keydown event that decide the command. */
export interface TKeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
}

/** Where the key was pressed: in a text field or select (typing), or on something Space activates. */
export interface TKeyTarget {
  typing: boolean;
  activatable: boolean;
}

/** The command for a key press, or null when the key is not the deck's. */
export function keyCommand(e: TKeyPress, target: TKeyTarget, canReveal: boolean): TKeyCommand | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || target.typing) return null;
  switch (e.key) {
    case "ArrowRight":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case " ":
      if (target.activatable) return null;
      return e.shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "r":
    case "R":
      return canReveal ? "reveal" : null;
    default:
      return null;
  }
}

const NON_TEXT_INPUTS = new Set(["button", "submit", "reset", "checkbox", "radio"]);

/** Keys typed into a field, or arrows used inside one (radio groups too), are not slide commands. */
function isTypingTarget(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(el.type) || el.type === "radio";
  return false;
}

/** Space and Enter activate these; Space must not also turn the slide. */
function isActivatable(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return Boolean(el.closest("button, a[href], summary, input, [role='button']"));
}

/** Listens for the deck's keys on the window while mounted; always calls the latest `onCommand`. */
export function useKeyboardNavigation(onCommand: (command: TKeyCommand) => void, canReveal: boolean) {
  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    const el = e.target instanceof Element ? e.target : null;
    const command = keyCommand(e, { typing: isTypingTarget(el), activatable: isActivatable(el) }, canReveal);
    if (!command) return;
    e.preventDefault();
    onCommand(command);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
