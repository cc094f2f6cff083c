"use client";

import { createContext } from "react";

/**
 * Lets a wrapper hear that a ServerForm inside it was saved (e.g. to close the panel the
 * form is in and show what was saved). The message is the action's, already translated.
 */
export const FormSuccessContext = createContext<((message: string | undefined) => void) | null>(null);
