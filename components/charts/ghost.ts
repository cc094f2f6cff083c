/**
 * Ghost markers: a previous session's group positions, drawn as dashed rings.
 * Pure helper, usable on the server and the client.
 */
import type { TActProfile, TSessionProfile } from "@/lib/domain/scoring";

export interface TGhostPosition {
  now: number | null;
  desired: number | null;
}

/** Act id -> previous medians. */
export type TGhostPositions = Readonly<Record<string, TGhostPosition>>;

/** The medians of one act of a previous session; null when hidden or empty. */
export function ghostFromAct(act: TActProfile | null | undefined): TGhostPosition | null {
  if (!act || act.hidden) return null;
  const now = act.now?.median ?? null;
  const desired = act.desired?.median ?? null;
  return now === null && desired === null ? null : { now, desired };
}

/** The medians per act of a previous session (hidden acts are left out: they may not be shown). */
export function ghostPositions(previous: Pick<TSessionProfile, "acts"> | null | undefined): TGhostPositions {
  const out: Record<string, TGhostPosition> = {};
  for (const act of previous?.acts ?? []) {
    const g = ghostFromAct(act);
    if (g) out[act.actId] = g;
  }
  return out;
}
