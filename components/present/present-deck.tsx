"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type MouseEvent as ReactMouseEvent, type ReactNode } from "react";
import { isNewerLiveResult, type TLiveResult } from "@/lib/domain/live-result";
import { expandAnswerGroups, slideIndexFor } from "./answer-slides";
import { actState, deckReducer, INITIAL_DECK_STATE, revealKeyOf } from "./deck-state";
import { DeckToolbar } from "./deck-toolbar";
import { LiveRefresh } from "./live-refresh";
import { LiveResultContext } from "./live-result-context";
import { PresentContext, type TPresentContext } from "./present-context";
import { SlideView, type TDeckSlide } from "./slide-view";
import { useHashSlide } from "./use-hash-slide";
import { DECK_DESIGN, useDeckZoom } from "./use-deck-zoom";
import { useHiddenAnswers } from "./use-hidden-answers";
import { useIdleControls } from "./use-idle-controls";
import { useKeyboardNavigation, type TKeyCommand } from "./use-keyboard-navigation";
import { toggledTheme, useDarkTheme, useFullscreen } from "./use-theme";
import type { TDeckWorkForm } from "./work-form-panel";

/**
 * The facilitator's screen: one slide at a time, full viewport, for a projector.
 * What depends on the answers is drawn here, in the browser, from the session's live
 * result (lib/domain/live-result.ts): the page's as the first paint, then each one the
 * events stream sends (LiveRefresh), held in this component and given to the slides'
 * client leaves (live-slides.tsx) through LiveResultContext; the answer slides are built
 * from its texts (answer-slides.ts). New answers and participants cost no server render.
 * The rest of the slides' content is rendered on the server (and re-rendered when
 * agreements or polarity maps change). This component also decides which slide is shown
 * and keeps the facilitator's own state:
 * the slide and light or dark in the URL hash (use-hash-slide.ts), which results are
 * revealed, the work form per act, the timer and the answers taken off the screen in
 * one reducer (deck-state.ts). Nothing here identifies a participant.
 *
 * The deck is a 1920×1080 stage (header band, slide, toolbar band) zoomed to fit the
 * window and centred: every slide is designed once, for 1080p, and the toolbar has a
 * band of its own, so it never covers the slide. The slide kinds and what a slide
 * carries are in slide-view.tsx.
 */

export type { TSlideKind, TDeckSlide } from "./slide-view";
export type { TPresentTheme } from "./use-hash-slide";

export function PresentDeck({
  sessionId,
  heading,
  slides: slidesIn,
  initialResult,
  workForms,
  defaultWorkFormId,
  exit,
}: {
  sessionId: string;
  /** The h1: partnership and session. */
  heading: string;
  /** The slides in order; answer groups (`answerGroup`) are expanded here from the live result. */
  slides: TDeckSlide[];
  /** The live result the page was rendered with (complete first paint, also without JavaScript). */
  initialResult: TLiveResult;
  workForms: TDeckWorkForm[];
  defaultWorkFormId: string;
  /** A link out of the presentation (rendered on the server). */
  exit: ReactNode;
}) {
  const t = useTranslations("present");
  // The server renders the first slide; after hydration the hash decides.
  const { slide: slideInHash, theme, write: writeHash } = useHashSlide();
  const dark = useDarkTheme(theme);
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen();
  const [deck, dispatch] = useReducer(deckReducer, INITIAL_DECK_STATE);
  const controlsShown = useIdleControls();
  const zoom = useDeckZoom();
  useHiddenAnswers(sessionId, deck.hiddenAnswers, dispatch);
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeadingRef = useRef(false);

  // The newest live result: from the stream, or from the page when a refresh brought a newer one.
  const [live, setLive] = useState(initialResult);
  const [pageResult, setPageResult] = useState(initialResult);
  if (initialResult !== pageResult) {
    setPageResult(initialResult);
    if (isNewerLiveResult(live, initialResult)) setLive(initialResult);
  }
  const onResult = useCallback((next: TLiveResult) => setLive((cur) => (isNewerLiveResult(cur, next) ? next : cur)), []);

  const tAnswers = useTranslations("present.answers");
  const threshold = live.profile.anonymityThreshold;
  const slides = useMemo(
    () =>
      expandAnswerGroups(slidesIn, live.texts, {
        withheld: tAnswers("withheld", { threshold }),
        page: (page, pages) => tAnswers("page", { page, pages }),
      }),
    [slidesIn, live.texts, threshold, tAnswers],
  );

  const total = slides.length;
  const current = slideIndexFor(slides, slideInHash);
  const slide = slides[current]!;
  const revealKey = revealKeyOf(slide);
  const slideRevealed = revealKey ? actState(deck, revealKey).revealed : false;

  // After a slide change, focus the new heading when focus would otherwise be lost
  // (it was on the old slide, or nowhere); a focused nav button keeps its focus.
  useEffect(() => {
    if (!focusHeadingRef.current) return;
    focusHeadingRef.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) headingRef.current?.focus();
  }, [current]);

  const show = useCallback(
    (next: number) => {
      const target = Math.max(0, Math.min(total - 1, next));
      if (target === current) return;
      focusHeadingRef.current = true;
      writeHash({ slide: slides[target]!.id, theme });
      setAnnouncement(t("announce", { current: target + 1, total, title: slides[target]!.title }));
    },
    [current, total, slides, t, theme, writeHash],
  );

  const goTo = useCallback(
    (slideId: string) => {
      const i = slides.findIndex((s) => s.id === slideId);
      if (i >= 0) show(i);
    },
    [slides, show],
  );

  const toggleReveal = () => {
    if (!revealKey) return;
    dispatch({ type: "toggleReveal", key: revealKey });
    setAnnouncement(slideRevealed ? t("act.concealed") : t("act.revealed"));
  };

  useKeyboardNavigation((command: TKeyCommand) => {
    if (command === "reveal") toggleReveal();
    else show(command === "next" ? current + 1 : command === "previous" ? current - 1 : command === "first" ? 0 : total - 1);
  }, revealKey !== null);

  // Links to another slide inside server-rendered content (data-goto-slide) stay in the deck.
  const onClickCapture = (e: ReactMouseEvent) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-goto-slide]") : null;
    if (!link) return;
    e.preventDefault();
    goTo(link.dataset.gotoSlide ?? "");
  };

  const context = useMemo<TPresentContext>(
    () => ({ goTo, agreementFor: deck.agreementFor, clearAgreementFor: () => dispatch({ type: "clearAgreementFor" }) }),
    [goTo, deck.agreementFor],
  );

  const headingId = `slide-heading-${slide.id}`;
  const { timer } = deck;
  const timerWorkForm = timer ? workForms.find((w) => w.id === timer.workFormId) : undefined;

  return (
    <LiveResultContext.Provider value={live}>
      <PresentContext.Provider value={context}>
        <div
          data-present-root=""
          data-theme={theme}
          data-controls={controlsShown ? "shown" : "hidden"}
          className="fixed inset-0 z-40 flex items-center justify-center overflow-hidden bg-paper text-ink"
          onClickCapture={onClickCapture}
        >
          <div data-deck-stage="" className="flex shrink-0 flex-col" style={{ width: DECK_DESIGN.width, height: DECK_DESIGN.height, zoom }}>
            <div data-deck-header="" className="flex items-center justify-between gap-x-6 border-b border-line px-12 py-2 text-2xl">
              <h1 className="truncate font-semibold text-muted">{heading}</h1>
              <LiveRefresh sessionId={sessionId} onResult={onResult} className="shrink-0 text-muted" />
            </div>

            <section key={slide.id} aria-labelledby={headingId} data-slide={slide.id} data-slide-kind={slide.kind} className="min-h-0 flex-1 overflow-y-auto px-12 pt-5">
              <SlideView
                slide={slide}
                headingId={headingId}
                headingRef={headingRef}
                deck={deck}
                dispatch={dispatch}
                workForms={workForms}
                defaultWorkFormId={defaultWorkFormId}
                onToggleReveal={toggleReveal}
                onRecordAgreement={(actId) => {
                  dispatch({ type: "recordAgreement", actId });
                  goTo("agreements");
                }}
              />
            </section>

            <DeckToolbar
              slides={slides}
              current={current}
              onShow={show}
              timer={timer && timerWorkForm ? { state: timer, workFormTitle: timerWorkForm.title } : null}
              dark={dark}
              onToggleDark={() => writeHash({ slide: slide.id, theme: toggledTheme(dark) })}
              fullscreen={fullscreen}
              onToggleFullscreen={toggleFullscreen}
              exit={exit}
            />
          </div>

          <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="slide-announcement">
            {announcement}
          </p>
        </div>
      </PresentContext.Provider>
    </LiveResultContext.Provider>
  );
}
