import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Form } from "@/components/ui/form";
import type { TFieldSpec } from "@/components/ui/server-form";
import { listAgreements, MAX_ACTION_LENGTH, MAX_OWNER_LENGTH, type TAgreement } from "@/lib/data/agreements";
import type { TFormAction } from "@/lib/server/action-result";
import { getWorkbook } from "@/lib/data/content";
import { pickText } from "@/lib/domain/content/localize";
import { describePosition } from "@/lib/domain/describe-position";
import { AGREEMENT_STATUSES, isOverdue, MAX_NOTE_LENGTH } from "@/lib/domain/agreements";
import { AgreementEditor } from "./agreement-editor";

export interface TAgreementActions {
  create: TFormAction;
  update: TFormAction;
  remove: TFormAction;
}

/** The seven places on the axis a form offers, as positions -1..1 (pole A .. pole B). */
const STEPS = [-3, -2, -1, 0, 1, 2, 3].map((s) => s / 3);

/** A stored position as the value of the nearest of the seven places. */
function stepValue(position: number | null): string {
  if (position === null) return "";
  return String(Math.round(Math.max(-1, Math.min(1, position)) * 3) / 3);
}

function isoDate(d: Date | null): string {
  return d ? d.toISOString().slice(0, 10) : "";
}

/**
 * The agreements of a session, per balancing act: the chosen balance in words (never
 * as a score), what the partnership will do, who takes it up and when it looks again.
 * With `actions` (coordinators on the presentation) every act gets a form to add one,
 * and every agreement can be changed or deleted.
 */
export async function AgreementsList({
  sessionId,
  actions,
  allActs = false,
  size = "screen",
  headingLevel = 3,
}: {
  sessionId: string;
  actions?: TAgreementActions | null;
  /** Show every act, also those without agreements (the presentation). */
  allActs?: boolean;
  size?: "screen" | "projector";
  headingLevel?: 2 | 3;
}) {
  const [agreements, locale, format, t, tf] = await Promise.all([
    listAgreements(sessionId),
    getLocale(),
    getFormatter(),
    getTranslations("present"),
    getTranslations("followThrough"),
  ]);
  const now = new Date();
  const workbook = getWorkbook();
  const large = size === "projector";
  const Heading = `h${headingLevel}` as const;

  const acts = workbook.acts.map((act) => ({
    id: act.id,
    title: pickText(act.title, locale),
    poleA: pickText(act.poles.a.label, locale),
    poleB: pickText(act.poles.b.label, locale),
    items: agreements.filter((a) => a.actId === act.id),
  }));
  const shown = allActs ? acts : acts.filter((a) => a.items.length > 0);

  const balanceWords = (act: (typeof acts)[number], position: number) => {
    const d = describePosition(position);
    return d.side === null ? t("balance.middle") : t(`balance.${d.strength}`, { pole: d.side === "a" ? act.poleA : act.poleB });
  };

  const fields = (act: (typeof acts)[number], agreement?: TAgreement): TFieldSpec[] => [
    { kind: "hidden", name: "sessionId", value: sessionId },
    { kind: "hidden", name: "actId", value: act.id },
    ...(agreement ? [{ kind: "hidden" as const, name: "id", value: agreement.id }] : []),
    {
      kind: "textarea",
      name: "action",
      label: t("agreements.field.action"),
      hint: t("agreements.field.actionHint"),
      required: true,
      maxLength: MAX_ACTION_LENGTH,
      rows: 3,
      defaultValue: agreement?.action,
    },
    {
      kind: "radio",
      name: "position",
      label: t("agreements.field.position"),
      hint: t("agreements.field.positionHint", { poleA: act.poleA, poleB: act.poleB }),
      layout: "axis",
      axis: { start: act.poleA, end: act.poleB },
      defaultValue: stepValue(agreement?.position ?? null),
      options: [
        ...STEPS.map((p) => ({ value: String(p), label: balanceWords(act, p) })),
        { value: "", label: t("agreements.field.positionNone"), offAxis: true },
      ],
    },
    {
      kind: "text",
      name: "owner",
      label: t("agreements.field.owner"),
      maxLength: MAX_OWNER_LENGTH,
      defaultValue: agreement?.owner ?? undefined,
    },
    {
      kind: "date",
      name: "revisitOn",
      label: t("agreements.field.revisitOn"),
      defaultValue: isoDate(agreement?.revisitOn ?? null),
    },
    // How it went: only for an agreement that exists (a new one is open).
    ...(agreement
      ? ([
          {
            kind: "radio",
            name: "status",
            label: tf("field.status"),
            required: true,
            defaultValue: agreement.status,
            options: AGREEMENT_STATUSES.map((s) => ({ value: s, label: tf(`status.${s}`) })),
          },
          {
            kind: "textarea",
            name: "note",
            label: tf("field.note"),
            hint: tf("field.noteHint"),
            maxLength: MAX_NOTE_LENGTH,
            rows: 2,
            defaultValue: agreement.note ?? undefined,
          },
        ] satisfies TFieldSpec[])
      : []),
  ];

  if (shown.length === 0) {
    return <p className={large ? "text-2xl" : undefined}>{t("agreements.none")}</p>;
  }

  return (
    <div className={large ? "grid items-start gap-x-12 gap-y-8 text-2xl xl:grid-cols-2" : "space-y-8"} data-agreements="">
      {shown.map((act) => (
        <section key={act.id} aria-labelledby={`agreements-${act.id}`} className="space-y-3" data-agreements-act={act.id}>
          <Heading
            id={`agreements-${act.id}`}
            className={`font-semibold text-[var(--present-accent,var(--color-brand-strong))] ${large ? "text-3xl" : "text-xl"}`}
          >
            {act.title}
          </Heading>
          {act.items.length === 0 ? (
            <p className="text-muted">{t("agreements.noneForAct")}</p>
          ) : (
            <ul className="space-y-4">
              {act.items.map((a) => (
                <li key={a.id} className="space-y-3 rounded-lg border-l-8 border-brand bg-wash p-4" data-agreement={a.id}>
                  <dl className={`grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] ${large ? "" : "text-base"}`}>
                    <dt className="font-semibold">{t("agreements.action")}</dt>
                    <dd data-field="action" className="whitespace-pre-line">
                      {a.action}
                    </dd>
                    <dt className="font-semibold">{t("agreements.balance")}</dt>
                    <dd data-field="balance">{a.position === null ? t("agreements.noBalance") : balanceWords(act, a.position)}</dd>
                    {a.owner ? (
                      <>
                        <dt className="font-semibold">{t("agreements.owner")}</dt>
                        <dd data-field="owner">{a.owner}</dd>
                      </>
                    ) : null}
                    {a.revisitOn ? (
                      <>
                        <dt className="font-semibold">{t("agreements.revisitOn")}</dt>
                        <dd data-field="revisitOn">
                          {format.dateTime(a.revisitOn, { dateStyle: "long", timeZone: "UTC" })}
                          {isOverdue(a, now) ? <strong className="ml-2">({tf("overdue")})</strong> : null}
                        </dd>
                      </>
                    ) : null}
                    <dt className="font-semibold">{tf("statusLabel")}</dt>
                    <dd data-field="status" data-status={a.status}>
                      {tf(`status.${a.status}`)}
                    </dd>
                    {a.note ? (
                      <>
                        <dt className="font-semibold">{tf("noteLabel")}</dt>
                        <dd data-field="note" className="whitespace-pre-line">
                          {a.note}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {actions ? (
                    <AgreementEditor
                      actId={act.id}
                      mode="edit"
                      openLabel={t("agreements.edit")}
                      closeLabel={t("agreements.close")}
                      context={a.action}
                    >
                      <div className={`space-y-6 ${large ? "text-2xl" : "text-lg"}`}>
                        <Form
                          action={actions.update}
                          fields={fields(act, a)}
                          submitLabel={t("agreements.update")}
                        />
                        <Form
                          action={actions.remove}
                          fields={[
                            { kind: "hidden", name: "sessionId", value: sessionId },
                            { kind: "hidden", name: "id", value: a.id },
                          ]}
                          submitLabel={t("agreements.delete")}
                        />
                      </div>
                    </AgreementEditor>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {actions ? (
            <AgreementEditor
              actId={act.id}
              mode="add"
              openLabel={t("agreements.add")}
              closeLabel={t("agreements.close")}
              context={act.title}
            >
              <div className={large ? "text-2xl" : "text-lg"}>
                <Form
                  action={actions.create}
                  fields={fields(act)}
                  submitLabel={t("agreements.save")}
                />
              </div>
            </AgreementEditor>
          ) : null}
        </section>
      ))}
    </div>
  );
}
