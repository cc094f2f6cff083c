import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { getWorkbook } from "@/lib/data/content";
import { getCurrentParticipant } from "@/lib/server/participant-cookie";
import { ZJoinCode } from "@/lib/data/sessions";
import { joinsAsTestParticipant, lookUpJoinCode } from "@/lib/server/join-code";
import { joinSessionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join");
  return { title: t("title") };
}

export default async function JoinSessionPage({ params }: PageProps<"/[locale]/join/[code]">) {
  const { code: rawCode } = await params;
  const t = await getTranslations("join");
  const tErrors = await getTranslations("errors");
  const lang = (await getLocale()) === "en" ? "en" : "nl";
  const code = ZJoinCode.safeParse(rawCode);
  // Every lookup counts toward the address's guessing limit (lib/server/join-code.ts).
  const lookup = await lookUpJoinCode(code.success ? code.data : null);

  if (lookup.status === "tooMany") {
    return <PageHeader title={t("tooManyTitle")}>{tErrors("tooManyAttempts")}</PageHeader>;
  }
  if (lookup.status === "unknown" || !code.success) {
    return (
      <>
        <PageHeader title={t("unknownTitle")}>{t("unknownLead")}</PageHeader>
        <Link href="/join" className="text-brand-strong underline">
          {t("tryAgain")}
        </Link>
      </>
    );
  }

  const { session } = lookup;
  const current = await getCurrentParticipant(session.id);
  if (current) {
    return (
      <>
        <PageHeader title={session.title} kicker={session.partnership.name}>
          {t("alreadyJoined")}
        </PageHeader>
        <Link
          href={`/workbook/${session.id}`}
          className="rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
        >
          {t("continueWorkbook")}
        </Link>
      </>
    );
  }

  if (session.status !== "open") {
    return <PageHeader title={session.title} kicker={session.partnership.name}>{t("closed")}</PageHeader>;
  }

  const roles = getWorkbook().roles;
  const asTest = await joinsAsTestParticipant(session.id);
  return (
    <>
      <PageHeader title={session.title} kicker={session.partnership.name}>
        {t("joinLead")}
      </PageHeader>
      {asTest && (
        <div role="note" aria-labelledby="test-participant-title" className="mb-6 max-w-3xl rounded border-2 border-warn bg-wash p-4" data-testid="test-participant-note">
          <h2 id="test-participant-title" className="font-semibold text-brand-strong">
            {t("testParticipantTitle")}
          </h2>
          <p className="mt-1">{t("testParticipantText", { partnership: session.partnership.name })}</p>
        </div>
      )}
      <Form
        action={joinSessionAction}
        submitLabel={t("start")}
        fields={[
          { kind: "hidden", name: "code", value: code.data },
          {
            kind: "radio",
            name: "role",
            label: t("role"),
            hint: t("roleHint"),
            required: true,
            options: roles.map((r) => ({ value: r.id, label: r.label[lang], description: r.description[lang] })),
          },
          { kind: "text", name: "organisation", label: t("organisation"), hint: t("optional"), maxLength: 120, autoComplete: "organization" },
          { kind: "text", name: "displayName", label: t("displayName"), hint: t("displayNameHint"), maxLength: 80, autoComplete: "name" },
        ]}
      />
    </>
  );
}
