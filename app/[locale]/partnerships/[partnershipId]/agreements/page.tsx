import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PartnershipAgreementList } from "@/components/agreements/partnership-agreement-list";
import { Form } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { findPartnershipForCurrentUser, requirePartnershipRole } from "@/lib/server/access";
import { getWorkbook } from "@/lib/data/content";
import { hasFeedToken, listPartnershipAgreements } from "@/lib/data/follow-through";
import { AGREEMENT_STATUSES, ZAgreementFilter } from "@/lib/domain/agreements";
import { pickText } from "@/lib/domain/content/localize";
import { setAgreementStatusAction } from "@/app/[locale]/sessions/[sessionId]/present/actions";
import { renewFeedTokenAction } from "@/app/[locale]/partnerships/[partnershipId]/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/partnerships/[partnershipId]/agreements">): Promise<Metadata> {
  const { partnershipId } = await params;
  const found = await findPartnershipForCurrentUser(partnershipId, "partner");
  if (!found) return {};
  const t = await getTranslations("followThrough");
  return { title: t("listTitle", { partnership: found.partnership.name }) };
}

/**
 * Every agreement of every session of the partnership, filterable by act and status (a
 * GET form: the filter is in the address), with the calendar: an .ics per agreement and,
 * for coordinators, the feed's secret address. Partners read; coordinators also update
 * the status with one click.
 */
export default async function PartnershipAgreementsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/partnerships/[partnershipId]/agreements">) {
  const { partnershipId } = await params;
  const { user, role, partnership } = await requirePartnershipRole(partnershipId, "partner", `/partnerships/${partnershipId}/agreements`);
  const filter = ZAgreementFilter.parse(await searchParams);
  const isCoordinator = role === "coordinator";
  const [agreements, feed, t, locale] = await Promise.all([
    listPartnershipAgreements(user.id, partnership.id, filter),
    isCoordinator ? hasFeedToken(partnership.id) : Promise.resolve(false),
    getTranslations("followThrough"),
    getLocale(),
  ]);
  if (!agreements) notFound();
  const acts = getWorkbook().acts.map((a) => ({ id: a.id, title: pickText(a.title, locale) }));
  const filtered = Boolean(filter.act || filter.status);

  return (
    <>
      <PageHeader
        title={t("listTitle", { partnership: partnership.name })}
        kicker={
          <Link href={`/partnerships/${partnership.id}`} className="underline">
            {partnership.name}
          </Link>
        }
      >
        {t("listLead")}
      </PageHeader>

      <form method="get" className="mb-8 flex flex-wrap items-end gap-4 rounded border border-line p-4" aria-label={t("filter.label")}>
        <div className="space-y-1">
          <label htmlFor="filter-act" className="block font-semibold">
            {t("filter.act")}
          </label>
          <select id="filter-act" name="act" defaultValue={filter.act ?? ""} className="min-h-11 rounded border border-muted bg-paper px-3 py-2">
            <option value="">{t("filter.allActs")}</option>
            {acts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-status" className="block font-semibold">
            {t("filter.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className="min-h-11 rounded border border-muted bg-paper px-3 py-2">
            <option value="">{t("filter.allStatuses")}</option>
            {AGREEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
            <option value="overdue">{t("filter.overdue")}</option>
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong">
          {t("filter.apply")}
        </button>
        {filtered ? (
          <Link href={`/partnerships/${partnership.id}/agreements`} className="min-h-11 py-2 text-brand-strong underline">
            {t("filter.clear")}
          </Link>
        ) : null}
      </form>

      <p role="status" className="mb-4" data-testid="agreement-count">
        {t("count", { count: agreements.length })}
      </p>
      <PartnershipAgreementList
        agreements={agreements}
        statusAction={isCoordinator ? setAgreementStatusAction : null}
        empty={filtered ? t("noneFiltered") : t("noneYet")}
      />

      <section aria-labelledby="calendar" className="mt-12 max-w-3xl space-y-3">
        <h2 id="calendar" className="text-2xl font-semibold text-brand-strong">
          {t("feed.title")}
        </h2>
        <p>{t("feed.lead")}</p>
        {isCoordinator ? (
          <>
            <p>{feed ? t("feed.exists") : t("feed.none")}</p>
            <Form
              action={renewFeedTokenAction}
              fields={[{ kind: "hidden", name: "partnershipId", value: partnership.id }]}
              submitLabel={feed ? t("feed.renew") : t("feed.create")}
            />
          </>
        ) : (
          <p>{t("feed.askCoordinator")}</p>
        )}
      </section>
    </>
  );
}
