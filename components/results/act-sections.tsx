import { getTranslations } from "next-intl/server";
import { ActBalanceFigure } from "@/components/charts/ActBalanceFigure";
import { ghostFromAct } from "@/components/charts/ghost";
import { MissingAnswers } from "@/components/results/missing-answers";
import type { TActTexts } from "@/lib/domain/figure-text";
import type { TSessionProfile } from "@/lib/domain/scoring";

/**
 * The session's balancing acts, one figure each (chart, words, table), with the previous
 * session's medians as ghosts: the one act section of the results page and of the report.
 * On the results page (`place="results"`) the tables fold away and each act says how many
 * answers were "don't know" or "does not apply"; in the report (`place="report"`) every
 * table is open, the act titles are headings (the PDF's bookmarks) and an act is kept on
 * one page where it fits (components/report/report.css). Server component.
 */
export async function ActSections({
  profile,
  previous,
  acts,
  roleLabels,
  ghostLabel,
  place,
}: {
  profile: TSessionProfile;
  /** The previous session's profile, for the ghost markers (null: none). */
  previous: Pick<TSessionProfile, "acts"> | null | undefined;
  /** Act texts in the page's language. */
  acts: readonly (TActTexts & { id: string })[];
  roleLabels: Readonly<Record<string, string>>;
  /** What the ghost markers are called ("Vorige sessie: …"). */
  ghostLabel: string | undefined;
  place: "results" | "report";
}) {
  const t = await getTranslations("results");
  const report = place === "report";
  const previousActs = new Map(previous?.acts.map((a) => [a.actId, a]) ?? []);
  return (
    <section aria-labelledby="acts" className={report ? "report-section space-y-8" : "space-y-12"}>
      <h2 id="acts" className="text-2xl font-semibold text-brand-strong">
        {t("actsTitle")}
      </h2>
      {profile.acts.map((actProfile) => {
        const texts = acts.find((a) => a.id === actProfile.actId);
        if (!texts) return null;
        const ghost = ghostFromAct(previousActs.get(actProfile.actId));
        return (
          <div key={actProfile.actId} className={report ? "report-act" : undefined}>
            <ActBalanceFigure
              id={`act-${actProfile.actId}`}
              profile={actProfile}
              act={texts}
              roleLabels={roleLabels}
              anonymityThreshold={profile.anonymityThreshold}
              ghost={ghost ? { ...ghost, label: ghostLabel } : null}
              titleLevel={report ? 3 : undefined}
              table={report ? "open" : "collapsed"}
            />
            {report ? null : <MissingAnswers tally={actProfile.missing} actId={actProfile.actId} />}
          </div>
        );
      })}
    </section>
  );
}
