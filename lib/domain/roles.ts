/**
 * The order in which roles are listed in charts, tables and texts is the order of
 * content/roles.yaml (`workbook.roles`): the content is the source, so a role added
 * there sorts where it is listed. Pure: the caller passes the order in (the scoring
 * model takes it as `roleOrder`, and its role groups come out in that order).
 */

/** Compares two ids by code unit, so the result does not depend on the locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts roles by their place in `order`; a role that is not listed comes after, alphabetically. */
export function roleComparator(order: readonly string[]): (a: string, b: string) => number {
  const rank = new Map<string, number>();
  order.forEach((role, i) => {
    if (!rank.has(role)) rank.set(role, i);
  });
  const last = order.length;
  return (a, b) => (rank.get(a) ?? last) - (rank.get(b) ?? last) || compareIds(a, b);
}
