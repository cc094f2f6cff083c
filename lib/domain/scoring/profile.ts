/**
 * The whole scoring model for a session, step by step: positions (positions.ts),
 * group statistics (statistics.ts), splits (split.ts), the anonymity threshold
 * (anonymity.ts), role groups (role-groups.ts), signals (signals.ts) and attention
 * (attention.ts), and the tally of answers without a position (missing.ts). This file
 * only runs the steps per act and applies the act-level
 * anonymity rules (hidden acts, withheld series, anonymous dots).
 */
import { compareIds } from "@/lib/domain/roles";
import { resolveAnonymityThreshold } from "./anonymity";
import { attentionOf, discussFirst } from "./attention";
import { missingTally } from "./missing";
import { accumulate, indexItems, positionsOf, type TPositionPair } from "./positions";
import { indexParticipants, roleCounts, roleDifference, roleGroups } from "./role-groups";
import { actMeasures, actSignals, type TActSeries } from "./signals";
import { isSplitSorted } from "./split";
import { gatherSorted, statsOfSorted } from "./statistics";
import type { TActProfile, TAnswerRow, TDot, TScoringAct, TScoringParticipant, TSessionProfile } from "./types";

function hiddenAct(actId: string, respondents: number, missing: TActProfile["missing"]): TActProfile {
  return {
    actId,
    respondents,
    hidden: true,
    now: null,
    desired: null,
    gap: null,
    split: { now: false, desired: false },
    dots: null,
    byRole: [],
    signals: [],
    attention: 0,
    measures: { shift: null, spread: null, roleDifference: null },
    missing,
  };
}

function compareNullableNumber(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Dots sorted by now, then desired (missing last), then role: the order says nothing about who answered when. */
function compareDots(x: TDot, y: TDot): number {
  const c1 = compareNullableNumber(x.now, y.now);
  if (c1 !== 0) return c1;
  const c2 = compareNullableNumber(x.desired, y.desired);
  if (c2 !== 0) return c2;
  if (x.role === y.role) return 0;
  if (x.role === null) return 1;
  if (y.role === null) return -1;
  return compareIds(x.role, y.role);
}

/**
 * Profile of a whole session: per act the group's positions, spread, splits, anonymous
 * dots, per-role breakdown, signals and attention; plus the acts to discuss first.
 * Anonymity rules (see docs/scoring.md): nothing but the respondent count for an act
 * with fewer respondents than the threshold; every statistic needs at least threshold
 * values; roles are only shown for groups of at least threshold respondents.
 * `roleOrder` (the content's role ids, in order) is the order of `byRole`; roles not in
 * it come after, by name.
 */
export function computeSessionProfile(input: {
  acts: TScoringAct[];
  participants: TScoringParticipant[];
  answers: TAnswerRow[];
  anonymityThreshold?: number;
  roleOrder?: readonly string[];
}): TSessionProfile {
  const t = resolveAnonymityThreshold(input?.anonymityThreshold);
  const index = indexItems(input?.acts ?? []);
  const G = index.G;
  const roles = indexParticipants(input?.participants ?? [], input?.roleOrder ?? []);
  const { P, roleOf, roleNames } = roles;
  const R = roleNames.length;

  // Rows usually arrive grouped by participant: cache the last lookup.
  let lastId: string | undefined;
  let lastP = -1;
  const participantOf = (row: TAnswerRow): number => {
    const id = row.participantId;
    if (id !== lastId) {
      lastId = id;
      lastP = roles.byId.get(id) ?? -1;
    }
    return lastP;
  };
  const answers = Array.isArray(input?.answers) ? input.answers : [];
  const acc = accumulate(index, answers, P, participantOf);

  // Scratch buffers, reused for every act and role.
  const positions = { now: new Float64Array(P), desired: new Float64Array(P), gap: new Float64Array(P) };
  const scratch = new Float64Array(P);
  const totals = new Float64Array(2);
  const pair: TPositionPair = { now: NaN, desired: NaN, gap: NaN };
  const counts = roleCounts(R);

  const profiles: TActProfile[] = [];
  for (const act of index.acts) {
    const n = { respondents: 0, now: 0, desired: 0, gap: 0 };
    counts.respondents.fill(0);
    counts.now.fill(0);
    counts.desired.fill(0);
    counts.gap.fill(0);
    for (let p = 0; p < P; p++) {
      positionsOf(acc, G, p, act.start, act.end, totals, pair);
      positions.now[p] = pair.now;
      positions.desired[p] = pair.desired;
      positions.gap[p] = pair.gap;
      const hasA = !Number.isNaN(pair.now);
      const hasB = !Number.isNaN(pair.desired);
      const r = roleOf[p]!;
      if (hasA || hasB) {
        n.respondents++;
        if (r >= 0) counts.respondents[r] = counts.respondents[r]! + 1;
      }
      if (hasA) { n.now++; if (r >= 0) counts.now[r] = counts.now[r]! + 1; }
      if (hasB) { n.desired++; if (r >= 0) counts.desired[r] = counts.desired[r]! + 1; }
      if (hasA && hasB) { n.gap++; if (r >= 0) counts.gap[r] = counts.gap[r]! + 1; }
    }

    const missing = missingTally(acc, G, P, act.start, act.end, t);
    if (n.respondents < t) {
      profiles.push(hiddenAct(act.id, n.respondents, missing));
      continue;
    }

    // Whole-group statistics; a series with fewer than t values is withheld.
    const series: TActSeries = { now: null, desired: null, gap: null, split: { now: false, desired: false } };
    if (n.now >= t) {
      const s = gatherSorted(positions.now, roleOf, -1, scratch);
      series.now = statsOfSorted(s);
      series.split.now = isSplitSorted(s);
    }
    if (n.desired >= t) {
      const s = gatherSorted(positions.desired, roleOf, -1, scratch);
      series.desired = statsOfSorted(s);
      series.split.desired = isSplitSorted(s);
    }
    if (n.gap >= t) series.gap = statsOfSorted(gatherSorted(positions.gap, roleOf, -1, scratch));

    const { byRole, shown } = roleGroups(roles, counts, n, positions, t, scratch);

    // Anonymous dots, in an order that says nothing about who is who.
    const dots: TDot[] = [];
    for (let p = 0; p < P; p++) {
      const a = positions.now[p]!;
      const b = positions.desired[p]!;
      if (Number.isNaN(a) && Number.isNaN(b)) continue;
      const r = roleOf[p]!;
      dots.push({
        now: Number.isNaN(a) ? null : a,
        desired: Number.isNaN(b) ? null : b,
        role: r >= 0 && shown[r] === 1 ? roleNames[r]! : null,
      });
    }
    dots.sort(compareDots);

    const measures = actMeasures(series, roleDifference(byRole));
    const signals = actSignals(series, measures);
    profiles.push({
      actId: act.id,
      respondents: n.respondents,
      hidden: false,
      now: series.now,
      desired: series.desired,
      gap: series.gap,
      split: series.split,
      dots,
      byRole,
      signals,
      attention: attentionOf(signals, measures, series),
      measures,
      missing,
    });
  }

  // Distinct participants with any valid answer on any act item.
  let respondentsTotal = 0;
  for (let p = 0; p < P; p++) {
    const base0 = p * 2 * G;
    for (let c = 0; c < 2 * G; c++) {
      if (acc.counts[base0 + c]! > 0) { respondentsTotal++; break; }
    }
  }

  return { acts: profiles, discussFirst: discussFirst(profiles), participants: P, anonymityThreshold: t, respondents: respondentsTotal };
}
