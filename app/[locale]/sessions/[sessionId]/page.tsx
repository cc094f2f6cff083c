import type { Metadata } from "next";
import { CopyButton } from "@/components/ui/copy-button";
import { getFormatter, getTranslations } from "next-intl/server";
import { LIST_ROW_CLASS, ListTable } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { QrCode } from "@/components/ui/qr-code";
import { Form } from "@/components/ui/form";
import { workbookLengthField } from "@/components/workbook/length-field";
import { Link } from "@/i18n/navigation";
import { findSessionForCurrentUser, requireSessionRole } from "@/lib/server/access";
import { getWorkbook } from "@/lib/data/content";
import { getRequestOrigin } from "@/lib/platform/origin";
import { listParticipantsWithProgress } from "@/lib/data/participants";
import { canChangeWorkbookLength } from "@/lib/data/sessions";
import { toWorkbookLength } from "@/lib/domain/workbook";
import { setAnonymityThresholdAction, setSessionStatusAction, setWorkbookLengthAction } from "./actions";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/sessions/[sessionId]">): Promise<Metadata> {
  const { sessionId } = await params;
  const found = await findSessionForCurrentUser(sessionId, "coordinator");
  return { title: found?.session.title };
}

export default async function SessionPage({ params }: PageProps<"/[locale]/sessions/[sessionId]">) {
  const { sessionId, locale } = await params;
  const { session } = await requireSessionRole(sessionId, "coordinator", `/sessions/${sessionId}`);
  const t = await getTranslations("session");
  const tp = await getTranslations("present");
  const ta = await getTranslations("app");
  const tr = await getTranslations("rights.participant");
  const trs = await getTranslations("rights.session");
  const tret = await getTranslations("rights.retention");
  const format = await getFormatter();
  const length = toWorkbookLength(session.workbookLength);
  const [participants, lengthChangeable] = await Promise.all([
    listParticipantsWithProgress(session.id, length),
    canChangeWorkbookLength(session.id),
  ]);
  const roles = getWorkbook().roles;
  const lang = locale === "en" ? "en" : "nl";
  const joinPath = `/${locale}/join/${session.joinCode}`;
  const joinUrl = `${await getRequestOrigin()}${joinPath}`;
  const closed = session.status === "closed";

  return (
    <>
      <PageHeader
        title={session.title}
        kicker={
          <Link href={`/partnerships/${session.partnership.id}`} className="underline">
            {session.partnership.name}
          </Link>
        }
      >
        {format.dateTime(session.date, { dateStyle: "long", timeZone: "UTC" })} ·{" "}
        {t(`status.${closed ? "closed" : "open"}`)} · {t(`lengths.${length}`)}
      </PageHeader>

      <div className="grid gap-8 lg:grid-cols-[1fr_auto]">
        <section aria-labelledby="join" className="space-y-3 rounded border border-line bg-wash p-5">
          <h2 id="join" className="text-xl font-semibold text-brand-strong">
            {t("joinTitle")}
          </h2>
          <p>{t("joinLead")}</p>
          <p>
            {t("joinCodeLabel")}{" "}
            <strong className="font-mono text-3xl tracking-widest" data-testid="join-code">
              {session.joinCode}
            </strong>
          </p>
          <p className="break-all">
            {t("joinLinkLabel")}{" "}
            <a href={joinPath} className="text-brand-strong underline" data-testid="join-link">
              {joinUrl}
            </a>
          </p>
          <CopyButton text={joinUrl} label={ta("copyLink")} copiedLabel={ta("copied")} />
          <div className="flex flex-wrap gap-3 pt-2">
            <Link
              href={`/sessions/${session.id}/results`}
              className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong"
            >
              {t("viewResults")}
            </Link>
            <Link
              href={`/sessions/${session.id}/present`}
              className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong"
            >
              {tp("open")}
            </Link>
            <Link
              href={`/join/${session.joinCode}`}
              className="rounded border-2 border-brand px-4 py-1.5 font-semibold text-brand-strong no-underline"
            >
              {t("fillInYourself")}
            </Link>
          </div>
        </section>
        <QrCode value={joinUrl} label={t("qrLabel", { url: joinUrl })} />
      </div>

      <section aria-labelledby="participants" className="mt-10 space-y-4">
        <h2 id="participants" className="text-2xl font-semibold text-brand-strong">
          {t("participantsTitle", { count: participants.length })}
        </h2>
        {participants.length === 0 ? (
          <p>{t("noParticipants")}</p>
        ) : (
          <ListTable
            caption={t("participantsCaption")}
            columns={[t("colParticipant"), t("colRole"), t("colOrganisation"), t("colProgress"), tr("column")]}
          >
            {participants.map((p, i) => (
              <tr key={p.id} className={LIST_ROW_CLASS}>
                <td className="py-2 pr-4">
                  {p.displayName ?? t("anonymous", { number: i + 1 })}
                  {p.isTest && (
                    <span className="ml-2 text-sm text-muted" data-testid="test-participant">
                      ({t("testParticipant")})
                    </span>
                  )}
                </td>
                <td className="py-2 pr-4">{roles.find((r) => r.id === p.role)?.label[lang] ?? p.role}</td>
                <td className="py-2 pr-4">{p.organisation ?? "–"}</td>
                <td className="py-2 pr-4">
                  {t("progress", {
                    answered: p.progress.answered,
                    total: p.progress.total,
                    percent: p.progress.total === 0 ? 0 : Math.round((p.progress.answered / p.progress.total) * 100),
                  })}
                </td>
                <td className="py-2">
                  <Link
                    href={`/sessions/${session.id}/participants/${p.id}/delete`}
                    className="inline-flex min-h-6 items-center text-brand-strong underline"
                    aria-label={tr("linkLabel", { name: p.displayName ?? t("anonymous", { number: i + 1 }) })}
                  >
                    {tr("link")}
                  </Link>
                </td>
              </tr>
            ))}
          </ListTable>
        )}
      </section>

      <section aria-labelledby="status" className="mt-10 space-y-3">
        <h2 id="status" className="text-xl font-semibold text-brand-strong">
          {t("statusTitle")}
        </h2>
        <p>{closed ? t("closedLead") : t("openLead")}</p>
        {closed ? (
          <Form
            action={setSessionStatusAction}
            submitLabel={t("reopen")}
            fields={[
              { kind: "hidden", name: "sessionId", value: session.id },
              { kind: "hidden", name: "status", value: "open" },
            ]}
          />
        ) : (
          <details data-testid="close-session">
            <summary className="inline-flex min-h-11 cursor-pointer items-center rounded border-2 border-brand-strong px-5 font-semibold text-brand-strong">
              {t("close")}
            </summary>
            <div className="mt-3 max-w-xl space-y-3 rounded border border-line p-4">
              <p>{t("closeConfirmLead")}</p>
              <Form
                action={setSessionStatusAction}
                submitLabel={t("closeConfirm")}
                fields={[
                  { kind: "hidden", name: "sessionId", value: session.id },
                  { kind: "hidden", name: "status", value: "closed" },
                ]}
              />
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="workbook-length" className="mt-10 space-y-3">
        <h2 id="workbook-length" className="text-xl font-semibold text-brand-strong">
          {t("lengthTitle")}
        </h2>
        <p data-testid="workbook-length">{t("lengthLead", { length })}</p>
        {lengthChangeable ? (
          <>
            <p>{t("lengthChangeLead")}</p>
            <Form
              action={setWorkbookLengthAction}
              submitLabel={t("saveLength")}
              fields={[{ kind: "hidden", name: "sessionId", value: session.id }, await workbookLengthField(length)]}
            />
          </>
        ) : (
          <p>{t("lengthFixed")}</p>
        )}
      </section>

      <section aria-labelledby="anonymity" className="mt-10 space-y-3">
        <h2 id="anonymity" className="text-xl font-semibold text-brand-strong">
          {t("anonymityTitle")}
        </h2>
        <p>{t("anonymityLead", { threshold: session.anonymityThreshold })}</p>
        {session.purgedAt ? (
          <p>{tret("thresholdFixed")}</p>
        ) : (
          <Form
            action={setAnonymityThresholdAction}
            submitLabel={t("saveThreshold")}
            fields={[
              { kind: "hidden", name: "sessionId", value: session.id },
              {
                kind: "text",
                name: "anonymityThreshold",
                label: t("anonymityThreshold"),
                hint: t("anonymityThresholdHint"),
                required: true,
                defaultValue: String(session.anonymityThreshold),
                inputMode: "numeric",
                maxLength: 2,
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="delete-session" className="mt-10 space-y-3">
        <h2 id="delete-session" className="text-xl font-semibold text-brand-strong">
          {trs("sectionTitle")}
        </h2>
        <p className="max-w-3xl">{trs("sectionLead")}</p>
        <p>
          <Link
            href={`/sessions/${session.id}/delete`}
            className="inline-flex min-h-11 items-center rounded border-2 border-brand-strong px-5 font-semibold text-brand-strong no-underline"
          >
            {trs("link")}
          </Link>
        </p>
      </section>
    </>
  );
}
