import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActBalanceFigure } from "@/components/charts/ActBalanceFigure";
import { BalanceBoardFigure } from "@/components/charts/BalanceBoardFigure";
import { ghostFromAct, ghostPositions } from "@/components/charts/ghost";
import { ActPrompts } from "@/components/present/act-prompts";
import { actAnswerSlides, interestSlides } from "@/components/present/answer-slides";
import { AgreementsList } from "@/components/present/agreements-list";
import { PresentDownloads } from "@/components/exports/present-downloads";
import { PresentDeck, type TDeckSlide } from "@/components/present/present-deck";
import { ReviewSlideBody } from "@/components/present/review-slide";
import { PolaritySlideBody } from "@/components/present/polarity-slide";
import { DiscussSlideBody, StartSlideBody } from "@/components/present/slides";
import "@/components/present/present.css";
import { ClientMessages } from "@/components/ui/client-messages";
import { Link } from "@/i18n/navigation";
import { findSessionForCurrentUser, requireSessionRole } from "@/lib/server/access";
import { getWorkbook } from "@/lib/data/content";
import { pickText } from "@/lib/domain/content/localize";
import { roleTally } from "@/lib/domain/scoring";
import { getRequestOrigin } from "@/lib/platform/origin";
// Through the live cache: every projector of the session shares one computation per tick.
import { getLiveSessionResults } from "@/lib/data/live-results";
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
 * work form with a timer), what to discuss first, and the agreements. Re-rendered
 * live by components/present/live-refresh.tsx while answers come in.
 */
export default async function PresentPage({ params }: PageProps<"/[locale]/sessions/[sessionId]/present">) {
  const { sessionId } = await params;
  const { role, session, user } = await requireSessionRole(sessionId, "partner", `/sessions/${sessionId}/present`);

  const locale = await getLocale();
  const t = await getTranslations("present");
  const workbook = getWorkbook();
  const [{ profile, summaries, previous, participants, workbookLength }, origin, polarity, tPolarity] = await Promise.all([
    getLiveSessionResults(session),
    getRequestOrigin(),
    listPolarityMapForMember(user.id, session.id),
    getTranslations("polarity"),
  ]);
  const joinUrl = `${origin}/${locale}/join/${session.joinCode}`;
  const isCoordinator = role === "coordinator";

  // Counts per role only, for roles that reach the anonymity threshold; the rest as one figure.
  const tally = roleTally(participants, profile.anonymityThreshold, workbook.roles.map((r) => r.id));
  const roleLabels = Object.fromEntries(workbook.roles.map((r) => [r.id, pickText(r.label, locale)]));
  const acts = workbook.acts.map((act) => ({
    id: act.id,
    slideId: `act-${act.id}`,
    title: pickText(act.title, locale),
    oneLiner: pickText(act.oneLiner, locale),
    poleA: pickText(act.poles.a.label, locale),
    poleB: pickText(act.poles.b.label, locale),
  }));
  const previousActs = new Map(previous?.profile.acts.map((a) => [a.actId, a]) ?? []);
  // What partners wrote, per act and the interests (no names; withheld below the threshold).
  const answerSlides = await Promise.all(
    workbook.acts.map((act, i) =>
      actAnswerSlides({ act, number: i + 1, total: workbook.acts.length, locale, summaries, threshold: profile.anonymityThreshold }),
    ),
  );
  const interests = await interestSlides({ workbook, locale, summaries, threshold: profile.anonymityThreshold });

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
          participants={participants.length}
          respondents={profile.respondents}
          roleCounts={tally.byRole.map((r) => ({ id: r.role, label: roleLabels[r.role] ?? r.role, count: r.count }))}
          otherRoles={tally.other}
          anonymityThreshold={profile.anonymityThreshold}
          workbookLength={workbookLength}
        />
      ),
    },
    // A session that follows another starts where that one ended: last time's agreements.
    ...(previous
      ? [
          {
            id: "review",
            kind: "agreements",
            title: (await getTranslations("followThrough"))("review.title"),
            body: (
              <ReviewSlideBody
                sessionId={session.id}
                thisProfile={profile}
                lastProfile={previous.profile}
                statusAction={isCoordinator ? setAgreementStatusAction : null}
              />
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
          <BalanceBoardFigure
            profile={profile}
            acts={acts}
            ghost={previous ? { acts: ghostPositions(previous.profile) } : null}
            size="projector"
            table="collapsed"
            summary={false}
          />
        </div>
      ),
    },
    ...acts.flatMap((act, i): TDeckSlide[] => {
      const actProfile = profile.acts.find((a) => a.actId === act.id)!;
      const ghost = ghostFromAct(previousActs.get(act.id));
      const actSlide: TDeckSlide = {
        id: act.slideId,
        kind: "act",
        title: act.title,
        kicker: t("act.kicker", { number: i + 1, total: acts.length }),
        lead: <p>{act.oneLiner}</p>,
        act: {
          id: act.id,
          title: act.title,
          respondents: t("act.respondents", { count: actProfile.respondents }),
          results: (
            <ActBalanceFigure
              profile={actProfile}
              act={act}
              roleLabels={roleLabels}
              anonymityThreshold={profile.anonymityThreshold}
              ghost={ghost}
              size="projector"
              table="collapsed"
              compact
            />
          ),
          prompts: <ActPrompts profile={actProfile} poles={{ a: act.poleA, b: act.poleB }} />,
        },
      };
      // The act's own slide, then what partners wrote about it.
      return [actSlide, ...answerSlides[i]!];
    }),
    ...interests,
    {
      id: "discuss",
      kind: "discuss",
      title: t("slides.discuss"),
      body: <DiscussSlideBody profile={profile} acts={acts} />,
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

  // The deck's client components translate in the browser: only the "present" messages go there.
  return (
    <ClientMessages namespaces={["present", "polarity"]}>
      <PresentDeck
        sessionId={session.id}
        heading={`${session.partnership.name} · ${session.title}`}
        slides={slides}
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
