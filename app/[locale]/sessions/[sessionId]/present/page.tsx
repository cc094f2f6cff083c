import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actAnswerGroup, interestAnswerGroup, type TAnswerGroup, type TAnswersTranslate } from "@/components/present/answer-slides";
import { AgreementsList } from "@/components/present/agreements-list";
import { PresentDownloads } from "@/components/exports/present-downloads";
import { PresentDeck, type TDeckSlide } from "@/components/present/present-deck";
import { ReviewSlideBody } from "@/components/present/review-slide";
import { PolaritySlideBody } from "@/components/present/polarity-slide";
import { StartSlideBody } from "@/components/present/slides";
import { LiveActFigure, LiveActPrompts, LiveActRespondents, LiveBoard, LiveDiscuss } from "@/components/present/live-slides";
import "@/components/present/present.css";
import { ClientMessages } from "@/components/ui/client-messages";
import { Link } from "@/i18n/navigation";
import { findSessionForCurrentUser, requireSessionRole } from "@/lib/server/access";
import { getWorkbook } from "@/lib/data/content";
import { pickText } from "@/lib/domain/content/localize";
import { toWorkbookLength } from "@/lib/domain/workbook";
import { getRequestOrigin } from "@/lib/platform/origin";
// Through the live cache: every projector and every events stream of the session shares one computation per tick.
import { getLiveResult } from "@/lib/data/live-results";
import { createAgreementAction, deleteAgreementAction, setAgreementStatusAction, updateAgreementAction } from "./actions";
import { listPolarityMapForMember } from "@/lib/data/polarity";
import * as polarityActions from "./polarity-actions";

/** Preferred work form on an act slide (the guide suggests a polarity map per act). */
const DEFAULT_WORK_FORM = "polarity-map";

export async function generateMetadata({ params }: PageProps<"/[locale]/sessions/[sessionId]/present">): Promise<Metadata> {
  const { sessionId } = await params;
  const found = await findSessionForCurrentUser(sessionId, "partner");
  if (!found) return {};
  const t = await getTranslations("present");
  return { title: t("metaTitle", { title: found.session.title }) };
}

/**
 * The presentation view for a projector: join code and QR, the balance board, one
 * slide per act (results hidden until revealed, questions for the conversation, a
 * work form with a timer), what to discuss first, and the agreements. What depends on
 * the answers is drawn in the browser from the session's live result (the one the events
 * stream sends; this page gives the first one, so the first paint is complete): new
 * answers and participants cost no render of this page. It is rendered again
 * (components/present/live-refresh.tsx) when agreements or polarity maps change.
 */
export default async function PresentPage({ params }: PageProps<"/[locale]/sessions/[sessionId]/present">) {
  const { sessionId } = await params;
  const { role, session, user } = await requireSessionRole(sessionId, "partner", `/sessions/${sessionId}/present`);

  const locale = await getLocale();
  const t = await getTranslations("present");
  const workbook = getWorkbook();
  const [live, origin, polarity, tPolarity, tAnswers] = await Promise.all([
    getLiveResult(session),
    getRequestOrigin(),
    listPolarityMapForMember(user.id, session.id),
    getTranslations("polarity"),
    getTranslations("present.answers"),
  ]);
  const joinUrl = `${origin}/${locale}/join/${session.joinCode}`;
  const isCoordinator = role === "coordinator";

  const roleLabels = Object.fromEntries(workbook.roles.map((r) => [r.id, pickText(r.label, locale)]));
  const acts = workbook.acts.map((act) => ({
    id: act.id,
    slideId: `act-${act.id}`,
    title: pickText(act.title, locale),
    oneLiner: pickText(act.oneLiner, locale),
    poleA: pickText(act.poles.a.label, locale),
    poleB: pickText(act.poles.b.label, locale),
  }));
  // What partners wrote, per act and the interests: the deck builds these slides from the
  // live result's texts (no names; withheld below the threshold).
  const ta = tAnswers as unknown as TAnswersTranslate;
  const answerGroupSlide = (group: TAnswerGroup): TDeckSlide => ({ id: group.idBase, kind: "answers", title: group.title, answerGroup: group });
  const interests = interestAnswerGroup({ workbook, locale, t: ta });

  const slides: TDeckSlide[] = [
    {
      id: "start",
      kind: "start",
      title: t("slides.start"),
      kicker: session.title,
      body: (
        <StartSlideBody
          joinCode={session.joinCode}
          joinUrl={joinUrl}
          roles={workbook.roles.map((r) => ({ id: r.id, label: roleLabels[r.id] ?? r.id }))}
          anonymityThreshold={live.profile.anonymityThreshold}
          workbookLength={toWorkbookLength(session.workbookLength)}
        />
      ),
    },
    // A session that follows another starts where that one ended: last time's agreements.
    ...(live.previous
      ? [
          {
            id: "review",
            kind: "agreements",
            title: (await getTranslations("followThrough"))("review.title"),
            body: (
              <ReviewSlideBody sessionId={session.id} statusAction={isCoordinator ? setAgreementStatusAction : null} />
            ),
          } satisfies TDeckSlide,
        ]
      : []),
    {
      id: "overview",
      kind: "overview",
      title: t("slides.overview"),
      lead: <p>{t("overview.lead")}</p>,
      body: (
        <div className="rounded-lg border-2 border-line bg-[var(--chart-paper,#ffffff)] px-6 py-2 text-[var(--chart-ink,#1b1f24)]" data-chart-panel="">
          <LiveBoard acts={acts.map(({ id, title, poleA, poleB }) => ({ id, title, poleA, poleB }))} />
        </div>
      ),
    },
    ...acts.flatMap((act, i): TDeckSlide[] => {
      const actSlide: TDeckSlide = {
        id: act.slideId,
        kind: "act",
        title: act.title,
        kicker: t("act.kicker", { number: i + 1, total: acts.length }),
        lead: <p>{act.oneLiner}</p>,
        act: {
          id: act.id,
          title: act.title,
          respondents: <LiveActRespondents actId={act.id} />,
          results: <LiveActFigure actId={act.id} act={{ title: act.title, poleA: act.poleA, poleB: act.poleB }} roleLabels={roleLabels} />,
          prompts: <LiveActPrompts actId={act.id} poles={{ a: act.poleA, b: act.poleB }} />,
        },
      };
      // The act's own slide, then what partners wrote about it.
      return [actSlide, answerGroupSlide(actAnswerGroup({ act: workbook.acts[i]!, number: i + 1, total: acts.length, locale, t: ta }))];
    }),
    ...(interests ? [answerGroupSlide(interests)] : []),
    {
      id: "discuss",
      kind: "discuss",
      title: t("slides.discuss"),
      body: <LiveDiscuss acts={acts} />,
    },
    // One polarity map per act, made in the meeting (docs/decisions: polarity maps).
    ...workbook.acts.map((act): TDeckSlide => ({
      id: `polarity-${act.id}`,
      kind: "polarity",
      title: `${tPolarity("title")}: ${pickText(act.title, locale)}`,
      body: (
        <PolaritySlideBody
          sessionId={session.id}
          act={act}
          accepted={polarity?.accepted.filter((e) => e.actId === act.id) ?? []}
          suggested={polarity?.suggested?.filter((e) => e.actId === act.id) ?? null}
          actions={
            isCoordinator
              ? {
                  add: polarityActions.addPolarityEntryAction,
                  update: polarityActions.updatePolarityEntryAction,
                  move: polarityActions.movePolarityEntryAction,
                  remove: polarityActions.deletePolarityEntryAction,
                  accept: polarityActions.acceptPolaritySuggestionAction,
                  merge: polarityActions.mergePolaritySuggestionAction,
                }
              : null
          }
        />
      ),
    })),
    {
      id: "agreements",
      kind: "agreements",
      title: t("slides.agreements"),
      lead: <p>{t("agreements.lead")}</p>,
      body: (
        <div className="space-y-4">
          {isCoordinator ? null : <p className="text-2xl text-muted">{t("agreements.coordinatorsOnly")}</p>}
          <AgreementsList
            sessionId={session.id}
            allActs
            size="projector"
            actions={
              isCoordinator
                ? { create: createAgreementAction, update: updateAgreementAction, remove: deleteAgreementAction }
                : null
            }
          />
        </div>
      ),
    },
  ];

  const workForms = workbook.guide.workForms.map((w) => ({
    id: w.id,
    title: pickText(w.title, locale),
    purpose: pickText(w.purpose, locale),
    groupSize: pickText(w.groupSize, locale),
    minutes: w.minutes,
    steps: w.steps.map((s) => pickText(s, locale)),
  }));

  // The deck's client components translate in the browser: only the messages of the deck,
  // its charts and (after an earlier session) the review go there.
  return (
    <ClientMessages namespaces={live.previous ? ["present", "polarity", "charts", "followThrough"] : ["present", "polarity", "charts"]}>
      <PresentDeck
        sessionId={session.id}
        heading={`${session.partnership.name} · ${session.title}`}
        slides={slides}
        initialResult={live}
        workForms={workForms}
        defaultWorkFormId={workForms.some((w) => w.id === DEFAULT_WORK_FORM) ? DEFAULT_WORK_FORM : (workForms[0]?.id ?? "")}
        exit={
          <>
            <PresentDownloads sessionId={session.id} isCoordinator={isCoordinator} />
            <Link
              href={isCoordinator ? `/sessions/${session.id}` : `/sessions/${session.id}/results`}
              className="rounded border-2 border-line px-3 py-1 font-semibold text-ink no-underline"
            >
              {t("exit")}
            </Link>
          </>
        }
      />
    </ClientMessages>
  );
}
