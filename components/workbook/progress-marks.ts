/** Marker values the server puts in a translated progress label; the client puts the live numbers in. */
export const ANSWERED_MARK = "\u2063A\u2063";
export const TOTAL_MARK = "\u2063T\u2063";
