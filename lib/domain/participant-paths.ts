/**
 * Pages for participants (who join with a code and never need an account): the join
 * pages, the workbook and the resume confirmation. Their header leaves out the account
 * and guide links (issue 16). Paths start with their locale ("/nl/workbook/…").
 */
const PARTICIPANT_PATH = /^\/[a-z]{2}\/(join|workbook|resume)(\/|$)/;

export function isParticipantPath(pathname: string): boolean {
  return PARTICIPANT_PATH.test(pathname);
}

/** The request header in which the proxy passes a page's path to the layout (set on every request, never taken from the client). */
export const REQUEST_PATH_HEADER = "x-werkboek-path";
