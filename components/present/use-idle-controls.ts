"use client";

import { useEffect, useState } from "react";

/**
 * While presenting, the deck's controls get out of the way: they are shown for a few
 * seconds after the mouse moves (or the screen is touched), and hidden otherwise. They
 * stay in the tab order: present.css shows them whenever focus is inside them.
 */
export function useIdleControls(delayMs = 2500): boolean {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), delayMs);
    };
    wake();
    window.addEventListener("mousemove", wake);
    window.addEventListener("pointerdown", wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("mousemove", wake);
      window.removeEventListener("pointerdown", wake);
    };
  }, [delayMs]);
  return shown;
}
