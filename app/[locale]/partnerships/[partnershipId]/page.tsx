import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { findPartnershipForCurrentUser, requirePartnershipRole } from "@/lib/server/access";
import { toWorkbookLength } from "@/lib/domain/workbook";
import { MembersSection } from "./members-section";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/partnerships/[partnershipId]">): Promise<Metadata> {
  const { partnershipId } = await params;
  const found = await findPartnershipForCurrentUser(partnershipId, "coordinator");
  return { title: found?.partnership.name };
}

export default async function PartnershipPage({
  params,
}: PageProps<"/[locale]/partnerships/[partnershipId]">) {
  const { partnershipId } = await params;
  const { user, partnership } = await requirePartnershipRole(partnershipId, "coordinator", `/partnerships/${partnershipId}`);
  const t = await getTranslations("partnership");
  const ts = await getTranslations("session");
  const format = await getFormatter();

  return (
    <>
      <PageHeader title={partnership.name} kicker={t("kicker", { region: partnership.region })} />
      <section aria-labelledby="sessions" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="sessions" className="text-2xl font-semibold text-brand-strong">
            {t("sessionsTitle")}
          </h2>
          <Link
            href={`/partnerships/${partnership.id}/sessions/new`}
            className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong"
          >
            {t("newSession")}
          </Link>
        </div>
        {partnership.sessions.length === 0 ? (
          <p>{t("noSessions")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {partnership.sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <Link href={`/sessions/${s.id}`} className="font-semibold text-brand-strong underline">
                    {s.title}
                  </Link>
                  <p className="text-sm text-muted">
                    {format.dateTime(s.date, { dateStyle: "long", timeZone: "UTC" })} ·{" "}
                    {ts(`status.${s.status === "closed" ? "closed" : "open"}`)} ·{" "}
                    {ts("participantCount", { count: s._count.participants })} · {ts(`lengths.${toWorkbookLength(s.workbookLength)}`)}
                  </p>
                </div>
                <Link href={`/sessions/${s.id}/results`} className="text-brand-strong underline">
                  {ts("viewResults")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <MembersSection partnershipId={partnership.id} currentUserId={user.id} />
    </>
  );
}
