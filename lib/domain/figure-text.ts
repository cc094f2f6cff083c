/**
 * The text alternative of the balance charts: plain-language sentences and table
 * cells built from a profile. Pure (no React, no Next.js): the server figures pass
 * a translator for the "charts" namespace; tests pass use-intl's createTranslator.
 */
import { mostDifferentRoles, seriesShift, seriesSpread, type TActProfile, type TPoleSide, type TSessionProfile, type TStats } from "@/lib/domain/scoring";
import { describeGap, describePosition, describeSpread, formatPosition } from "@/lib/domain/describe-position";
import { reaches, SIGNAL_THRESHOLDS } from "@/lib/domain/thresholds";

/** A translator for the "charts" namespace: t("position.clearly", { pole: "Focus" }). */
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

export interface TActTexts {
  title: string;
  poleA: string;
  poleB: string;
}

export interface TTextContext {
  t: TTranslate;
  locale: string;
  act: TActTexts;
}

function poleOf(act: TActTexts, side: TPoleSide | null): string {
  return side === "b" ? act.poleB : act.poleA;
}

/** "duidelijk richting Focus" */
export function positionWords(ctx: TTextContext, x: number): string {
  const d = describePosition(x);
  return d.side === null ? ctx.t("position.middle") : ctx.t(`position.${d.strength}`, { pole: poleOf(ctx.act, d.side) });
}

/** "duidelijk richting Focus (−0,6)" */
export function positionWithNumber(ctx: TTextContext, x: number): string {
  return ctx.t("withNumber", { words: positionWords(ctx, x), number: formatPosition(x, ctx.locale) });
}

/**
 * "een kleine verschuiving richting Focus" / "geen verandering gewenst". Below the
 * "none" threshold the words say "hardly any change" unless the number shown rounds
 * to zero, so the words never contradict the number next to them.
 */
export function gapWords(ctx: TTextContext, gap: number): string {
  const d = describeGap(gap);
  if (d.side !== null) return ctx.t(`gap.${d.size}`, { pole: poleOf(ctx.act, d.side) });
  return formatPosition(gap, ctx.locale) === formatPosition(0, ctx.locale) ? ctx.t("gap.none") : ctx.t("gap.hardly");
}

export function gapWithNumber(ctx: TTextContext, gap: number): string {
  return ctx.t("withNumber", { words: gapWords(ctx, gap), number: formatPosition(gap, ctx.locale) });
}

export function spreadSentence(ctx: TTextContext, profile: Pick<TActProfile, "now" | "desired" | "split">): string | null {
  if (!profile.now && !profile.desired) return null;
  const word = describeSpread({ iqr: seriesSpread(profile), split: profile.split.now || profile.split.desired });
  return ctx.t(`spread.${word}`);
}

/**
 * The plain-language summary of one act, as separate sentences (joined with a space
 * for an aria-label, or shown as a paragraph).
 */
export function actSummary(
  ctx: TTextContext,
  profile: TActProfile,
  roleLabels: Readonly<Record<string, string>>,
  ghost?: { now: number | null; desired: number | null; label: string } | null,
): string[] {
  const { t } = ctx;
  if (profile.hidden) return [];
  const out: string[] = [];
  if (profile.now) out.push(t("summary.now", { position: positionWithNumber(ctx, profile.now.median) }));
  if (profile.desired) out.push(t("summary.desired", { position: positionWithNumber(ctx, profile.desired.median) }));
  const gap = seriesShift(profile);
  if (gap !== null) {
    const d = describeGap(gap);
    out.push(d.side === null ? t("summary.noChange") : t("summary.change", { change: gapWords(ctx, gap) }));
  }
  const spread = spreadSentence(ctx, profile);
  if (spread) out.push(spread);

  const shownRoles = profile.byRole.filter((r) => r.now || r.desired);
  if (shownRoles.length >= 2) {
    const diff = mostDifferentRoles(shownRoles);
    if (diff && reaches(diff.difference, SIGNAL_THRESHOLDS.rolesDiffer)) {
      const lowStats = diff.low[diff.dimension] as TStats;
      const highStats = diff.high[diff.dimension] as TStats;
      out.push(
        t(diff.dimension === "now" ? "summary.rolesDifferNow" : "summary.rolesDifferDesired", {
          roleA: roleLabels[diff.low.role] ?? diff.low.role,
          positionA: positionWords(ctx, lowStats.median),
          roleB: roleLabels[diff.high.role] ?? diff.high.role,
          positionB: positionWords(ctx, highStats.median),
        }),
      );
    } else {
      out.push(t("summary.rolesClose"));
    }
  }

  if (ghost && (ghost.now !== null || ghost.desired !== null)) {
    if (ghost.now !== null && profile.now) {
      out.push(t("summary.ghostNow", { label: ghost.label, position: positionWithNumber(ctx, ghost.now) }));
    } else if (ghost.desired !== null && profile.desired) {
      out.push(t("summary.ghostDesired", { label: ghost.label, position: positionWithNumber(ctx, ghost.desired) }));
    }
  }
  return out;
}

export interface TTableRow {
  key: string;
  group: string;
  n: number;
  now: string;
  desired: string;
  gap: string;
}

/** Table rows of one act: everyone, then each shown role group in the content's role order (as byRole lists them). */
export function actTableRows(ctx: TTextContext, profile: TActProfile, roleLabels: Readonly<Record<string, string>>): TTableRow[] {
  const { t } = ctx;
  const withheld = t("table.withheld");
  const cell = (st: TStats | null) => (st ? positionWithNumber(ctx, st.median) : withheld);
  const gapCell = (series: { now: TStats | null; desired: TStats | null; gap: TStats | null }) => {
    const g = seriesShift(series);
    return g === null ? withheld : gapWithNumber(ctx, g);
  };
  const rows: TTableRow[] = [
    { key: "all", group: t("table.all"), n: profile.respondents, now: cell(profile.now), desired: cell(profile.desired), gap: gapCell(profile) },
  ];
  for (const r of profile.byRole) {
    rows.push({
      key: `role-${r.role}`,
      group: roleLabels[r.role] ?? r.role,
      n: r.n,
      now: cell(r.now),
      desired: cell(r.desired),
      gap: gapCell(r),
    });
  }
  return rows;
}

export interface TBoardTableRow {
  key: string;
  act: string;
  n: number;
  now: string;
  desired: string;
  gap: string;
  spread: string;
  hidden: boolean;
}

/** One row per act for the board's table. Hidden acts show the waiting message. */
export function boardTableRows(
  t: TTranslate,
  locale: string,
  session: Pick<TSessionProfile, "acts" | "anonymityThreshold">,
  acts: readonly (TActTexts & { id: string })[],
): TBoardTableRow[] {
  const rows: TBoardTableRow[] = [];
  for (const act of acts) {
    const profile = session.acts.find((a) => a.actId === act.id);
    if (!profile) continue;
    const ctx: TTextContext = { t, locale, act };
    if (profile.hidden) {
      const waiting = hiddenMessage(t, profile.respondents, session.anonymityThreshold);
      rows.push({ key: act.id, act: act.title, n: profile.respondents, now: waiting, desired: "", gap: "", spread: "", hidden: true });
      continue;
    }
    const withheld = t("table.withheld");
    const g = seriesShift(profile);
    rows.push({
      key: act.id,
      act: act.title,
      n: profile.respondents,
      now: profile.now ? positionWithNumber(ctx, profile.now.median) : withheld,
      desired: profile.desired ? positionWithNumber(ctx, profile.desired.median) : withheld,
      gap: g === null ? withheld : gapWithNumber(ctx, g),
      spread: spreadSentence(ctx, profile) ?? withheld,
      hidden: false,
    });
  }
  return rows;
}

/** One sentence per act for the board's text summary. */
export function boardActSentence(ctx: TTextContext, profile: TActProfile, threshold: number): string {
  const { t } = ctx;
  if (profile.hidden) return t("board.actHidden", { title: ctx.act.title, threshold, count: profile.respondents });
  const parts: string[] = [];
  if (profile.now) parts.push(t("board.actNow", { position: positionWords(ctx, profile.now.median) }));
  if (profile.desired) parts.push(t("board.actDesired", { position: positionWords(ctx, profile.desired.median) }));
  const g = seriesShift(profile);
  if (g !== null) parts.push(describeGap(g).side === null ? t("board.actNoChange") : t("board.actChange", { change: gapWords(ctx, g) }));
  const spread = spreadSentence(ctx, profile);
  return t("board.actSentence", { title: ctx.act.title, details: parts.join(t("board.separator")), spread: spread ?? "" }).trim();
}

export function hiddenMessage(t: TTranslate, count: number, threshold: number): string {
  return t("hidden", { threshold, count });
}
