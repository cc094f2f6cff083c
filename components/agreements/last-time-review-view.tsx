import { useLocale, useTranslations } from "next-intl";
import { AGREEMENT_STATUSES, reviewActs, type TAgreementStatus } from "@/lib/domain/agreement-review";
import { describeGap, describePosition, formatPosition } from "@/lib/domain/describe-position";
import type { TPoleSide, TSessionProfile } from "@/lib/domain/scoring";
import type { TFormAction } from "@/lib/server/action-result";
import { StatusButtons } from "./status-buttons";

/** A distance on the axis without its sign: "0,4" (the words say the direction). */
function amount(x: number, locale: string): string {
  return formatPosition(Math.abs(x), locale).replace(/^\+/, "");
}

/** Last time's agreements and early warnings, as the review shows them. */
export interface TLastTime {
  session: { id: string; title: string };
  /** The previous session's date, in words. */
  when: string;
  agreements: { id: string; actId: string; position: number | null; action: string; owner: string | null; status: TAgreementStatus; note: string | null }[];
  warnings: { actId: string; quadrant: string; text: string }[];
}

/** An act's title and poles in the page's language. */
export interface TReviewActTexts {
  id: string;
  title: string;
  a: string;
  b: string;
}

/**
 * The start of a new session: what was agreed last time, act by act. Each agreement with
 * its status (coordinators change it with one click), the balance chosen then set against
 * where the partnership stands now, and last time's early-warning signals next to how the
 * balance moved since. Positions only where both sessions reached their anonymity
 * threshold (the profiles come from lib/data/results.ts, or the live result on the
 * projector). Words say direction and size, never better or worse.
 *
 * No "use client" and no async: a Server Component on the results page (under
 * LastTimeReview), drawn in the browser by the presentation deck from the live result.
 */
export function LastTimeReviewView({
  previous,
  acts: actTexts,
  thisProfile,
  lastProfile,
  statusAction,
  size = "screen",
  headingLevel = 2,
}: {
  previous: TLastTime;
  acts: readonly TReviewActTexts[];
  thisProfile: Pick<TSessionProfile, "acts">;
  lastProfile: Pick<TSessionProfile, "acts"> | null;
  statusAction?: TFormAction | null;
  size?: "screen" | "projector";
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("followThrough");
  const locale = useLocale();
  const large = size === "projector";
  const acts = new Map(actTexts.map((a) => [a.id, a]));
  const review = reviewActs({
    actIds: actTexts.map((a) => a.id),
    agreements: previous.agreements,
    warnings: previous.warnings,
    lastProfile,
    thisProfile,
  });
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  const statuses = AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
  const when = previous.when;

  const pole = (actId: string, side: TPoleSide) => (side === "a" ? acts.get(actId)!.a : acts.get(actId)!.b);
  const positionWords = (actId: string, x: number) => {
    const d = describePosition(x);
    return d.side === null ? t("position.middle") : t(`position.${d.strength}`, { pole: pole(actId, d.side) });
  };

  return (
    <section aria-labelledby="last-time" className={large ? "space-y-6 text-2xl" : "space-y-4"} data-review="">
      <Heading id="last-time" className={`font-semibold text-[var(--present-accent,var(--color-brand-strong))] ${large ? "sr-only" : "text-2xl"}`}>
        {t("review.title")}
      </Heading>
      <p>{t("review.lead", { title: previous.session.title, date: when })}</p>
      {review.length === 0 ? (
        <p>{t("review.nothing")}</p>
      ) : (
        <div className={large ? "grid items-start gap-x-10 gap-y-6 xl:grid-cols-2" : "space-y-6"}>
          {review.map((act) => {
            const movement = act.movement;
            const moved =
              movement === null
                ? t("review.movementHidden")
                : movement.side === null
                  ? t("review.movedHardly")
                  : t("review.moved", { amount: amount(movement.delta, locale), pole: pole(act.actId, movement.side) });
            return (
              <section key={act.actId} aria-labelledby={`review-${act.actId}`} className="space-y-3" data-review-act={act.actId}>
                <Sub id={`review-${act.actId}`} className={`font-semibold ${large ? "text-3xl" : "text-xl"}`}>
                  {acts.get(act.actId)!.title}
                </Sub>
                {act.watched.length > 0 ? (
                  <div className="rounded-lg border-2 border-line p-3" data-review-warnings="">
                    <p>
                      {act.watched.length === 2
                        ? t("review.watchBoth", { poleA: pole(act.actId, "a"), poleB: pole(act.actId, "b") })
                        : t("review.watch", { pole: pole(act.actId, act.watched[0]!) })}{" "}
                      <span data-review-movement="">{moved}</span>
                    </p>
                    {(["a", "b"] as const).map((side) =>
                      act.warnings[side].length > 0 ? (
                        <div key={side}>
                          <p className="font-semibold">{t("review.warningsFor", { pole: pole(act.actId, side) })}</p>
                          <ul className="list-disc pl-6">
                            {act.warnings[side].map((w, i) => (
                              <li key={i}>{w}</li>
                            ))}
                          </ul>
                        </div>
                      ) : null,
                    )}
                  </div>
                ) : (
                  <p data-review-movement="">{moved}</p>
                )}
                {act.agreements.length > 0 ? (
                  <ul className="space-y-3">
                    {act.agreements.map((a) => {
                      const offset = a.position !== null && act.thisNow !== null ? describeGap(act.thisNow - a.position) : null;
                      return (
                        <li key={a.id} className="space-y-2 rounded-lg border-l-8 border-brand bg-wash p-3" data-review-agreement={a.id}>
                          <p className="whitespace-pre-line font-semibold">{a.action}</p>
                          <p data-field="status">
                            {t("statusLabel")}: <strong>{t(`status.${a.status}`)}</strong>
                            {a.owner ? <> · {t("ownerLabel")}: {a.owner}</> : null}
                          </p>
                          {a.position !== null ? (
                            <p data-field="balance">
                              {t("review.chosen", { chosen: positionWords(act.actId, a.position) })}{" "}
                              {act.thisNow === null
                                ? t("review.nowHidden")
                                : offset === null || offset.side === null
                                  ? t("review.nowAtChosen", { now: positionWords(act.actId, act.thisNow) })
                                  : t("review.nowFromChosen", {
                                      now: positionWords(act.actId, act.thisNow),
                                      amount: amount(act.thisNow - a.position, locale),
                                      pole: pole(act.actId, offset.side),
                                    })}
                            </p>
                          ) : null}
                          {a.note ? <p className="whitespace-pre-line">{t("noteLabel")}: {a.note}</p> : null}
                          {statusAction ? (
                            <StatusButtons
                              action={statusAction}
                              sessionId={previous.session.id}
                              agreementId={a.id}
                              current={a.status}
                              statuses={statuses}
                              legend={t("statusOf", { action: a.action })}
                              currentLabel={t("currentStatus")}
                              large={large}
                            />
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
