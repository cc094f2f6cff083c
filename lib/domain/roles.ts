/**
 * The order in which roles are listed in charts, tables and texts: the order of
 * content/roles.yaml. A role id that is not listed comes after, alphabetically.
 */
export const ROLE_ORDER = ["administrator", "manager", "professional", "client", "funder", "other"] as const;
export type TKnownRole = (typeof ROLE_ORDER)[number];

/** Sort key for roles: the fixed order first, unknown ids after. */
export function roleRank(role: string): number {
  const i = (ROLE_ORDER as readonly string[]).indexOf(role);
  return i < 0 ? ROLE_ORDER.length : i;
}

export function compareRoles(a: string, b: string): number {
  return roleRank(a) - roleRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
