import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LIST_ROW_CLASS, ListTable } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { findWithdrawal } from "@/lib/data/participant-rights";
import { describeAnswer } from "@/lib/domain/participant-answers";
import { getCurrentParticipant } from "@/lib/server/participant-cookie";
import { readOwnAnswers } from "@/lib/server/participant-answers";
import { lookUpResumeToken } from "@/lib/server/resume-token";
import { TooManyNotice } from "../too-many-notice";
import { WithdrawnNotice } from "../withdrawn-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rights.answers");
  return { title: t("title") };
}

const buttonClass =
  "inline-flex min-h-11 items-center rounded border-2 border-brand-strong px-5 font-semibold text-brand-strong no-underline";

/**
 * A participant's own answers, from their resume link (issue 14): everything they answered,
 * per part of the workbook and in their language, what is stored about them, the downloads
 * (CSV and JSON) and the way to withdraw. The token in the address is the only key.
 */
export default async function OwnAnswersPage({ params }: PageProps<"/[locale]/resume/[token]/answers">) {
  const { token } = await params;
  const locale = await getLocale();
  const lookup = await lookUpResumeToken(async () => {
    const own = await readOwnAnswers(token, locale);
    if (own) return { own, withdrawnAt: null };
    const withdrawnAt = await findWithdrawal(token);
    return withdrawnAt ? { own: null, withdrawnAt } : null;
  });
  if (lookup.status === "tooMany") return <TooManyNotice />;
  if (lookup.status === "unknown") notFound();
  const { own, withdrawnAt } = lookup.value;
  if (!own) return <WithdrawnNotice withdrawnAt={withdrawnAt} />;
  const t = await getTranslations("rights.answers");
  const format = await getFormatter();
  const { participant, sections, words } = own;
  const session = participant.session;
  const current = await getCurrentParticipant(participant.sessionId);
  const isThisBrowser = current?.id === participant.id;
  const encoded = encodeURIComponent(token);
  const download = (fmt: "csv" | "json") => `/resume/${encoded}/download?format=${fmt}&locale=${locale}`;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });

  return (
    <>
      <PageHeader title={t("title")} kicker={`${session.partnership.name} · ${session.title} · ${date(session.date)}`}>
        {t("lead", { session: session.title, partnership: session.partnership.name })}
      </PageHeader>
      <p className="mb-6 max-w-3xl rounded border-l-4 border-brand bg-wash p-4">{t("linkNote")}</p>
      {isThisBrowser && session.status === "open" && (
        <p className="mb-8">
          <Link href={`/workbook/${participant.sessionId}`} className="font-semibold text-brand-strong underline">
            {t("continue")}
          </Link>
        </p>
      )}

      <section aria-labelledby="about" className="mb-10 space-y-2">
        <h2 id="about" className="text-xl font-semibold text-brand-strong">
          {t("aboutTitle")}
        </h2>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t("role")}</dt>
          <dd>{own.roleLabel}</dd>
          <dt className="font-semibold">{t("organisation")}</dt>
          <dd>{participant.organisation ?? t("notGiven")}</dd>
          <dt className="font-semibold">{t("name")}</dt>
          <dd>{participant.displayName ?? t("notGiven")}</dd>
          <dt className="font-semibold">{t("joinedAt")}</dt>
          <dd>{date(participant.createdAt)}</dd>
        </dl>
      </section>

      {session.purgedAt && <p className="mb-8 max-w-3xl">{t("purged", { date: date(session.purgedAt) })}</p>}
      {!session.purgedAt && sections.length === 0 && <p className="mb-8">{t("noAnswers")}</p>}

      <div className="space-y-10" data-testid="own-answers">
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`part-${section.id}`} className="space-y-3">
            <h2 id={`part-${section.id}`} className="text-xl font-semibold text-brand-strong">
              {section.title}
            </h2>
            <ListTable className="w-full max-w-4xl" columns={[t("question"), t("answer")]}>
              {section.lines.map((line) => (
                <tr key={`${line.itemId}:${line.dimension}`} className={`${LIST_ROW_CLASS} align-top`}>
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {line.context && <span className="block text-sm text-muted">{line.context}</span>}
                    {line.question}
                    {(line.dimension === "now" || line.dimension === "desired") && (
                      <span className="text-muted"> ({words.dimension(line.dimension)})</span>
                    )}
                  </th>
                  <td className="whitespace-pre-line py-2">{describeAnswer(line, words)}</td>
                </tr>
              ))}
            </ListTable>
          </section>
        ))}
      </div>

      <section aria-labelledby="download" className="mt-12 space-y-3">
        <h2 id="download" className="text-xl font-semibold text-brand-strong">
          {t("downloadTitle")}
        </h2>
        <p>{t("downloadLead")}</p>
        <div className="flex flex-wrap gap-3">
          <a href={download("csv")} className={buttonClass} download data-testid="download-csv">
            {t("downloadCsv")}
          </a>
          <a href={download("json")} className={buttonClass} download data-testid="download-json">
            {t("downloadJson")}
          </a>
        </div>
      </section>

      <section aria-labelledby="withdraw" className="mt-12 space-y-3">
        <h2 id="withdraw" className="text-xl font-semibold text-brand-strong">
          {t("withdrawTitle")}
        </h2>
        <p className="max-w-3xl">{t("withdrawLead")}</p>
        <p>
          <Link href={`/resume/${encoded}/withdraw`} className={buttonClass}>
            {t("withdrawLink")}
          </Link>
        </p>
      </section>
    </>
  );
}
