/**
 * Step 5 of the scoring model: the breakdown by stakeholder role, within the anonymity
 * rules (docs/scoring.md, "Anonymity", rules 4 and 5): a role group is shown only with
 * at least t respondents, and never when the people outside the shown groups would be
 * fewer than t (complementary disclosure). Participants with an empty role are never a
 * group.
 */
import { compareIds, roleComparator } from "@/lib/domain/roles";
import { THRESHOLD_EPSILON } from "@/lib/domain/thresholds";
import { clean, gatherSorted, statsOfSorted } from "./statistics";
import type { TRoleProfile, TScoringParticipant } from "./types";

export interface TParticipantIndex {
  /** Distinct participants. */
  P: number;
  /** Participant id -> index 0..P-1. */
  byId: Map<string, number>;
  /** Role index of each participant; -1 for no role. */
  roleOf: Int32Array;
  /** Role names, sorted by code unit (so internal choices do not depend on the order given). */
  roleNames: string[];
  /** Role indices in the order the groups are listed: roleOrder first, other roles by name. */
  listOrder: number[];
}

/**
 * Dedupes participants by id (on conflicting roles the smallest role string wins, so
 * the result does not depend on order) and indexes their roles.
 */
export function indexParticipants(participants: readonly TScoringParticipant[], roleOrder: readonly string[]): TParticipantIndex {
  const roleById = new Map<string, string>();
  const list = Array.isArray(participants) ? participants : [];
  for (const p of list) {
    if (!p || typeof p.id !== "string") continue;
    const role = typeof p.role === "string" ? p.role : "";
    const prev = roleById.get(p.id);
    if (prev === undefined || role < prev) roleById.set(p.id, role);
  }
  const roleNames = [...new Set([...roleById.values()].filter((r) => r.trim() !== ""))].sort(compareIds);
  const roleIndex = new Map<string, number>();
  roleNames.forEach((r, i) => roleIndex.set(r, i));
  const byId = new Map<string, number>();
  const roleOf = new Int32Array(roleById.size);
  let i = 0;
  for (const [id, role] of roleById) {
    byId.set(id, i);
    roleOf[i] = roleIndex.get(role) ?? -1;
    i++;
  }
  const byOrder = roleComparator(Array.isArray(roleOrder) ? roleOrder : []);
  const listOrder = roleNames.map((_, r) => r).sort((a, b) => byOrder(roleNames[a]!, roleNames[b]!));
  return { P: roleById.size, byId, roleOf, roleNames, listOrder };
}

/**
 * Which role groups may be shown for one series. A group is shown when it has at
 * least t members AND the members of all groups NOT shown (small groups and people
 * without a role) number 0 or at least t: otherwise "everyone else" would be a group
 * of fewer than t people whose mean can be recomputed from the total and the shown
 * groups (complementary disclosure). If needed the smallest shown group is withheld
 * too (ties: the role that sorts last), which always lifts the remainder to >= t.
 */
export function visibleGroups(counts: Int32Array, eligible: Uint8Array | null, total: number, t: number, R: number): Uint8Array {
  const visible = new Uint8Array(R);
  let shown = 0;
  for (let r = 0; r < R; r++) {
    if ((eligible === null || eligible[r] === 1) && counts[r]! >= t) {
      visible[r] = 1;
      shown += counts[r]!;
    }
  }
  const remainder = total - shown;
  if (remainder > 0 && remainder < t) {
    let pick = -1;
    for (let r = 0; r < R; r++) {
      if (visible[r] === 1 && (pick < 0 || counts[r]! <= counts[pick]!)) pick = r;
    }
    if (pick >= 0) visible[pick] = 0;
  }
  return visible;
}

/** Per role: respondents, and values in each series, of one act. */
export interface TRoleCounts {
  respondents: Int32Array;
  now: Int32Array;
  desired: Int32Array;
  gap: Int32Array;
}

export function roleCounts(R: number): TRoleCounts {
  return { respondents: new Int32Array(R), now: new Int32Array(R), desired: new Int32Array(R), gap: new Int32Array(R) };
}

/**
 * The shown role groups of one act, in list order, and which roles are shown at all
 * (a dot carries its role only then). Each series within a group follows the same
 * rule against the act's total for that series.
 */
export function roleGroups(
  roles: TParticipantIndex,
  counts: TRoleCounts,
  totals: { respondents: number; now: number; desired: number; gap: number },
  series: { now: Float64Array; desired: Float64Array; gap: Float64Array },
  t: number,
  scratch: Float64Array,
): { byRole: TRoleProfile[]; shown: Uint8Array } {
  const R = roles.roleNames.length;
  const shown = visibleGroups(counts.respondents, null, totals.respondents, t, R);
  const nowShown = visibleGroups(counts.now, shown, totals.now, t, R);
  const desShown = visibleGroups(counts.desired, shown, totals.desired, t, R);
  const gapShown = visibleGroups(counts.gap, shown, totals.gap, t, R);
  const stats = (values: Float64Array, r: number) => statsOfSorted(gatherSorted(values, roles.roleOf, r, scratch));
  const byRole: TRoleProfile[] = [];
  for (const r of roles.listOrder) {
    if (shown[r] !== 1) continue;
    byRole.push({
      role: roles.roleNames[r]!,
      n: counts.respondents[r]!,
      now: nowShown[r] === 1 ? stats(series.now, r) : null,
      desired: desShown[r] === 1 ? stats(series.desired, r) : null,
      gap: gapShown[r] === 1 ? stats(series.gap, r) : null,
    });
  }
  return { byRole, shown };
}

/** The role groups with the lowest and the highest median in one series, and how far apart they are. */
export interface TRoleContrast {
  dimension: "now" | "desired";
  low: TRoleProfile;
  high: TRoleProfile;
  difference: number;
}

/** Per series (now, desired) with at least two groups: the lowest and highest median (ties: the group listed first). */
function contrasts(byRole: readonly TRoleProfile[]): TRoleContrast[] {
  const out: TRoleContrast[] = [];
  for (const dimension of ["now", "desired"] as const) {
    let low: TRoleProfile | null = null;
    let high: TRoleProfile | null = null;
    let groups = 0;
    for (const r of byRole) {
      const st = r[dimension];
      if (!st) continue;
      groups++;
      if (!low || st.median < low[dimension]!.median) low = r;
      if (!high || st.median > high[dimension]!.median) high = r;
    }
    if (groups >= 2 && low && high) out.push({ dimension, low, high, difference: clean(high[dimension]!.median - low[dimension]!.median) });
  }
  return out;
}

/** Largest difference between the medians of two shown role groups, now or desired; null with fewer than two groups. */
export function roleDifference(byRole: readonly TRoleProfile[]): number | null {
  let result: number | null = null;
  for (const c of contrasts(byRole)) result = result === null ? c.difference : Math.max(result, c.difference);
  return result;
}

/**
 * The two shown role groups that differ most (now or desired; near-ties: now), so a
 * text can name them; the difference is roleDifference's. Null with fewer than two groups.
 */
export function mostDifferentRoles(byRole: readonly TRoleProfile[]): TRoleContrast | null {
  let best: TRoleContrast | null = null;
  for (const c of contrasts(byRole)) if (!best || c.difference > best.difference + THRESHOLD_EPSILON) best = c;
  return best;
}

/** How many participants a session has per role, as far as the anonymity rules allow it to be said. */
export interface TRoleTally {
  /** Distinct participants. */
  total: number;
  /** The roles that may be named, in list order (roleOrder first, other roles by name), each with its count (>= t). */
  byRole: { role: string; count: number }[];
  /** Everyone else (smaller groups, no role): 0 or at least t, never a group of fewer than t. */
  other: number;
}

/**
 * The participants per role for the session as a whole (the projector's start slide, the
 * live stream, an export's role column): the same rule as an act's groups (a role is
 * named with at least t people, and the people outside the named groups are none or at
 * least t), over the participants given.
 */
export function roleTally(participants: readonly TScoringParticipant[], t: number, roleOrder: readonly string[] = []): TRoleTally {
  const roles = indexParticipants(participants, roleOrder);
  const R = roles.roleNames.length;
  const counts = new Int32Array(R);
  for (let p = 0; p < roles.P; p++) {
    const r = roles.roleOf[p]!;
    if (r >= 0) counts[r] = counts[r]! + 1;
  }
  const visible = visibleGroups(counts, null, roles.P, t, R);
  const byRole: TRoleTally["byRole"] = [];
  let named = 0;
  for (const r of roles.listOrder) {
    if (visible[r] !== 1) continue;
    byRole.push({ role: roles.roleNames[r]!, count: counts[r]! });
    named += counts[r]!;
  }
  return { total: roles.P, byRole, other: roles.P - named };
}

/** The roles that may be named for the session as a whole (roleTally's named roles). */
export function visibleRoles(participants: readonly TScoringParticipant[], t: number): Set<string> {
  return new Set(roleTally(participants, t).byRole.map((r) => r.role));
}
