"use client";

import { useEffect, useState } from "react";

/** The size the slides are designed for: a 1080p projector. */
export const DECK_DESIGN = { width: 1920, height: 1080 } as const;

/**
 * The slides scale with the screen: a zoom factor that fits the 1920×1080 design into
 * the window (0.67 at 1280×800, 0.53 at 1024×768), text, spacing and charts alike.
 * 1 before hydration (the server does not know the window).
 */
export function useDeckZoom(): number {
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    const update = () => setZoom(Math.min(window.innerWidth / DECK_DESIGN.width, window.innerHeight / DECK_DESIGN.height));
    update();
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  return zoom;
}
