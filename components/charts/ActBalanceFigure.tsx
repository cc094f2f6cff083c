/**
 * One balancing act as a <figure> with a caption, the chart (ActBalanceChart), a
 * plain-language summary, the signals and a data table (the text alternative). When the
 * act is hidden (fewer respondents than the anonymity threshold) it shows only the count
 * and a message, no positions.
 *
 * No "use client" and no async: it renders on the server for the results page and the
 * report, and in the browser in the presentation deck, which redraws it from the live
 * result (under a NextIntlClientProvider with the "charts" messages).
 */
import { useLocale, useTranslations } from "next-intl";
import type { TActProfile } from "@/lib/domain/scoring";
import { ActBalanceChart } from "./ActBalanceChart";
import type { TChartSize } from "./chart-style";
import { DataTable } from "./DataTable";
import { actSummary, actTableRows, hiddenMessage, type TActTexts, type TTableRow, type TTranslate } from "@/lib/domain/figure-text";
import { SignalBadges } from "./SignalBadges";

export interface ActBalanceFigureProps {
  profile: TActProfile;
  /** Act texts, already in the page's language. */
  act: TActTexts;
  /** Role id -> translated role label. */
  roleLabels: Readonly<Record<string, string>>;
  /** From TSessionProfile.anonymityThreshold (for the "results appear once…" message). */
  anonymityThreshold: number;
  /** A previous session's medians; the label defaults to "Vorige sessie". */
  ghost?: { now: number | null; desired: number | null; label?: string } | null;
  size?: TChartSize;
  /** Show the signal badges (default true). */
  signals?: boolean;
  /** Render the act title as a heading of this level inside the caption (default: plain text). */
  titleLevel?: 2 | 3 | 4;
  /** "open": table always visible (default); "collapsed": inside <details>. */
  table?: "open" | "collapsed";
  /**
   * For a projector slide that already shows the act's title and respondents: the
   * caption keeps only the balance note, no summary paragraph or signals (the slide's
   * questions for the conversation come from them), and a compact legend with short
   * labels. The chart's accessible name still carries the summary.
   */
  compact?: boolean;
  className?: string;
  id?: string;
}

export function ActBalanceFigure({
  profile,
  act,
  roleLabels,
  anonymityThreshold,
  ghost,
  size = "screen",
  signals = true,
  titleLevel,
  table = "open",
  compact = false,
  className,
  id,
}: ActBalanceFigureProps) {
  const translate = useTranslations("charts");
  const t = translate as unknown as TTranslate;
  const locale = useLocale();
  const ctx = { t, locale, act };
  const large = size === "projector";
  const Title = titleLevel ? (`h${titleLevel}` as const) : ("span" as const);
  const signalsHeading = titleLevel ? (Math.min(4, titleLevel + 1) as 3 | 4) : 3;

  const caption = (
    <figcaption className={`${compact ? "mb-1" : "mb-3"} text-[var(--chart-ink,#1b1f24)] ${large ? "text-xl" : "text-sm"}`}>
      {compact ? null : <Title className={`m-0 block font-semibold ${large ? "text-3xl" : "text-lg"}`}>{act.title}</Title>}
      {!profile.hidden && !compact ? <span className="block text-[var(--chart-muted,#4a5360)]">{t("act.caption", { count: profile.respondents })}</span> : null}
      <span className="block text-[var(--chart-muted,#4a5360)]">{t("act.balanceNote")}</span>
    </figcaption>
  );

  if (profile.hidden) {
    return (
      <figure className={className} id={id} data-figure="act" data-act={profile.actId} data-hidden="">
        {caption}
        <p
          className={`m-0 rounded border border-dashed border-[var(--chart-line,#6b7580)] p-4 text-[var(--chart-ink,#1b1f24)] ${large ? "text-2xl" : "text-base"}`}
          data-hidden-message=""
        >
          {hiddenMessage(t, profile.respondents, anonymityThreshold)}
        </p>
      </figure>
    );
  }

  const chartGhost =
    ghost && (ghost.now !== null || ghost.desired !== null)
      ? ghostTexts(t, ghost.now, ghost.desired, ghost.label ?? t("ghost.defaultLabel"))
      : null;
  const summary = actSummary(ctx, profile, roleLabels, chartGhost);
  const rows = actTableRows(ctx, profile, roleLabels);

  const dataTable = (
    <DataTable<TTableRow>
      caption={t("table.caption", { title: act.title })}
      note={t("table.scale", { poleA: act.poleA, poleB: act.poleB })}
      rowHeader={{ key: "group", header: t("table.group"), cell: (r) => r.group }}
      columns={[
        { key: "n", header: t("table.n"), cell: (r) => r.n, numeric: true },
        { key: "now", header: t("table.now"), cell: (r) => r.now },
        { key: "desired", header: t("table.desired"), cell: (r) => r.desired },
        { key: "gap", header: t("table.gap"), cell: (r) => r.gap },
      ]}
      rows={rows}
      rowKey={(r) => r.key}
      large={large}
    />
  );

  return (
    <figure className={className} id={id} data-figure="act" data-act={profile.actId}>
      {caption}
      <ActBalanceChart
        profile={profile}
        poleA={act.poleA}
        poleB={act.poleB}
        roleLabels={roleLabels}
        ariaLabel={t("act.ariaLabel", { title: act.title, poleA: act.poleA, poleB: act.poleB, summary: summary.join(" ") })}
        labels={{
          now: t("lanes.now"),
          desired: t("lanes.desired"),
          medianNow: t(compact ? "legendShort.medianNow" : "legend.medianNow"),
          medianDesired: t(compact ? "legendShort.medianDesired" : "legend.medianDesired"),
          arrow: t(compact ? "legendShort.arrow" : "legend.arrow"),
          spreadNow: t(compact ? "legendShort.spreadNow" : "legend.spreadNow"),
          spreadDesired: t(compact ? "legendShort.spreadDesired" : "legend.spreadDesired"),
          split: t(compact ? "legendShort.split" : "legend.split"),
          partner: t("legend.partner"),
          partnerNoRole: t("legend.partnerNoRole"),
        }}
        ghost={chartGhost && compact ? { ...chartGhost, legend: t("legendShort.ghost", { label: chartGhost.label }) } : chartGhost}
        size={size}
        compactLegend={compact}
      />
      {compact ? null : (
        <p className={`mt-4 text-[var(--chart-ink,#1b1f24)] ${large ? "text-2xl" : "text-base"}`} data-summary="">
          <span className="font-semibold">{t("act.summaryLead")}</span> {summary.join(" ")}
        </p>
      )}
      {signals && !compact && profile.signals.length > 0 ? <SignalBadges signals={profile.signals} size={size} heading={signalsHeading} className="mt-4" /> : null}
      {table === "collapsed" ? (
        <details className={compact ? "mt-2" : "mt-4"}>
          <summary className="cursor-pointer font-semibold text-[var(--chart-link,#1f4e79)] underline underline-offset-2">{t("table.show")}</summary>
          <div className="mt-2">{dataTable}</div>
        </details>
      ) : (
        <div className="mt-4">{dataTable}</div>
      )}
    </figure>
  );
}

/** The ghost with its labels: which ring marks the group now and which desired. */
function ghostTexts(t: TTranslate, now: number | null, desired: number | null, label: string) {
  return {
    now,
    desired,
    label,
    markNow: t("ghost.markNow", { label }),
    markDesired: t("ghost.markDesired", { label }),
    legend: t("ghost.legend", { label }),
  };
}

export default ActBalanceFigure;
