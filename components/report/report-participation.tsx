import { getTranslations } from "next-intl/server";
import { visibleRoles } from "@/lib/domain/scoring";

/**
 * Who took part, for the report's cover: the number of participants and, per role, only
 * the groups that reach the anonymity threshold (visibleRoles, the scoring model's rule
 * for role groups); the rest together as "other roles". Test participants are not passed in.
 */
export async function ReportParticipation({
  participants,
  respondents,
  threshold,
  roles,
}: {
  participants: readonly { id: string; role: string }[];
  respondents: number;
  threshold: number;
  /** The content's roles, in order, with their labels in the page's language. */
  roles: readonly { id: string; label: string }[];
}) {
  const t = await getTranslations("report");
  const shown = visibleRoles(participants, threshold);
  const rows = roles
    .filter((r) => shown.has(r.id))
    .map((r) => ({ id: r.id, label: r.label, count: participants.filter((p) => p.role === r.id).length }));
  const other = participants.length - rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <section aria-labelledby="participation" className="report-keep space-y-2">
      <h2 id="participation" className="text-xl font-semibold text-brand-strong">
        {t("participationTitle")}
      </h2>
      <p>
        {t("participants", { count: participants.length })} {t("respondents", { count: respondents })}
      </p>
      {rows.length === 0 ? (
        <p className="text-muted">{t("rolesHidden", { threshold })}</p>
      ) : (
        <table className="border-collapse text-left text-sm">
          <caption className="mb-1 text-left font-medium">{t("byRoleCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-1 pr-6">{t("colRole")}</th>
              <th scope="col" className="py-1 text-right">{t("colCount")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-line">
                <th scope="row" className="py-1 pr-6 font-normal">{r.label}</th>
                <td className="py-1 text-right tabular-nums">{r.count}</td>
              </tr>
            ))}
            {other > 0 && (
              <tr className="border-b border-line">
                <th scope="row" className="py-1 pr-6 font-normal">{t("otherRoles")}</th>
                <td className="py-1 text-right tabular-nums">{other}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
