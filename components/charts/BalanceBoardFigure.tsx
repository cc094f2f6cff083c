/**
 * The balance board (all acts in one figure) with a caption, a plain-language summary
 * per act and a data table (the text alternative).
 *
 * No "use client" and no async: it renders on the server for the results page and the
 * report, and in the browser in the presentation deck, which redraws it from the live
 * result (under a NextIntlClientProvider with the "charts" messages).
 */
import { useLocale, useTranslations } from "next-intl";
import type { TSessionProfile } from "@/lib/domain/scoring";
import { BalanceBoard, type TBalanceBoardRow } from "./BalanceBoard";
import type { TChartSize } from "./chart-style";
import { DataTable } from "./DataTable";
import { boardActSentence, boardTableRows, type TActTexts, type TBoardTableRow, type TTranslate } from "@/lib/domain/figure-text";
import type { TGhostPositions } from "./ghost";

export interface BalanceBoardFigureProps {
  profile: Pick<TSessionProfile, "acts" | "anonymityThreshold">;
  /** The acts to show, in display order, with texts in the page's language. */
  acts: readonly (TActTexts & { id: string })[];
  /** A previous session's medians per act id (see ghostPositions()); label defaults to "Vorige sessie". */
  ghost?: { label?: string; acts: TGhostPositions } | null;
  size?: TChartSize;
  /** "open": table always visible (default); "collapsed": inside <details>. */
  table?: "open" | "collapsed";
  /** Show the summary paragraph list (default true). */
  summary?: boolean;
  className?: string;
  id?: string;
}

export function BalanceBoardFigure({
  profile,
  acts,
  ghost,
  size = "screen",
  table = "open",
  summary = true,
  className,
  id,
}: BalanceBoardFigureProps) {
  const translate = useTranslations("charts");
  const t = translate as unknown as TTranslate;
  const locale = useLocale();
  const large = size === "projector";
  const threshold = profile.anonymityThreshold;

  const shown = acts
    .map((act) => ({ act, p: profile.acts.find((a) => a.actId === act.id) }))
    .filter((x): x is { act: TActTexts & { id: string }; p: NonNullable<typeof x.p> } => x.p !== undefined);

  const rows: TBalanceBoardRow[] = shown.map(({ act, p }) => ({
    actId: act.id,
    title: act.title,
    poleA: act.poleA,
    poleB: act.poleB,
    profile: { hidden: p.hidden, now: p.now, desired: p.desired, split: p.split },
    ghost: ghost?.acts[act.id] ?? null,
    hiddenText: p.hidden ? t("board.rowHidden", { count: p.respondents, threshold }) : undefined,
  }));

  const sentences = shown.map(({ act, p }) => ({ key: act.id, text: boardActSentence({ t, locale, act }, p, threshold) }));
  const tableRows = boardTableRows(t, locale, profile, acts);

  const dataTable = (
    <DataTable<TBoardTableRow>
      caption={t("table.captionBoard")}
      note={t("table.scaleBoard")}
      rowHeader={{ key: "act", header: t("table.act"), cell: (r) => r.act }}
      columns={[
        { key: "n", header: t("table.n"), cell: (r) => r.n, numeric: true },
        { key: "now", header: t("table.now"), cell: (r) => r.now },
        { key: "desired", header: t("table.desired"), cell: (r) => r.desired },
        { key: "gap", header: t("table.gap"), cell: (r) => r.gap },
        { key: "spread", header: t("table.spread"), cell: (r) => r.spread },
      ]}
      rows={tableRows}
      rowKey={(r) => r.key}
      large={large}
    />
  );

  return (
    <figure className={className} id={id} data-figure="board">
      {/* On a projector the slide's heading and lead say it: the caption is for screen readers only. */}
      <figcaption className={`text-[var(--chart-ink,#1b1f24)] ${large ? "sr-only" : "mb-3 text-base"}`}>
        <span className="block font-semibold">{t("board.caption")}</span>
        {large ? null : <span className="block text-sm text-[var(--chart-muted,#4a5360)]">{t("board.balanceNote")}</span>}
      </figcaption>
      <BalanceBoard
        rows={rows}
        size={size}
        ariaLabel={t("board.ariaLabel", { count: rows.length, summary: sentences.map((s) => s.text).join(" ") })}
        labels={{
          medianNow: t(large ? "legendShort.medianNow" : "legend.medianNow"),
          medianDesired: t(large ? "legendShort.medianDesired" : "legend.medianDesired"),
          arrow: t(large ? "legendShort.arrow" : "legend.arrow"),
          spreadNow: t(large ? "legendShort.spreadNow" : "legend.spreadNow"),
          spreadDesired: t(large ? "legendShort.spreadDesired" : "legend.spreadDesired"),
          split: t(large ? "legendShort.split" : "legend.split"),
          splitNow: t("board.splitNow"),
          splitDesired: t("board.splitDesired"),
          splitBoth: t("board.splitBoth"),
          ghost: ghost ? t(large ? "legendShort.ghost" : "ghost.legend", { label: ghost.label ?? t("ghost.defaultLabel") }) : undefined,
        }}
      />
      {summary ? (
        <div className={`mt-4 text-[var(--chart-ink,#1b1f24)] ${large ? "text-2xl" : "text-base"}`} data-summary="">
          <p className="m-0 font-semibold">{t("board.summaryLead")}</p>
          <ul className="m-0 list-disc pl-6">
            {sentences.map((s) => (
              <li key={s.key}>{s.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {table === "collapsed" ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold text-[var(--chart-link,#1f4e79)] underline underline-offset-2">{t("table.show")}</summary>
          <div className="mt-2">{dataTable}</div>
        </details>
      ) : (
        <div className="mt-4">{dataTable}</div>
      )}
    </figure>
  );
}

export default BalanceBoardFigure;
