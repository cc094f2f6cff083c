/**
 * Characters that are never part of what someone meant to type, removed before a text
 * is stored: C0 and C1 control characters (tab, line feed and carriage return stay in
 * multi-line texts) and the Unicode bidirectional controls (embeddings, overrides,
 * isolates and marks), with which a name can make the text around it read in another
 * order ("Trojan Source").
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;

/** `text` without control and bidirectional control characters; line breaks and tabs stay. */
export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL, "").replace(BIDI, "");
}

/** A one-line text (a name): control characters removed, line breaks and tabs become one space. */
export function cleanSingleLine(text: string): string {
  return removeControlCharacters(text).replace(LINE_BREAKS, " ");
}
