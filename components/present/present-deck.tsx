"use client";

import { useTranslations } from "next-intl";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from "react";
import { LiveRefresh } from "./live-refresh";
import { PresentContext, type TPresentContext } from "./present-context";
import { WorkFormPanel, type TDeckWorkForm, type TTimerState } from "./work-form-panel";
import { TimerReadout } from "./timer";

/**
 * The facilitator's screen: one slide at a time, full viewport, for a projector.
 * The slides' content is rendered on the server (and re-rendered live); this client
 * component only decides which slide is shown and keeps the facilitator's own state:
 * the slide and light or dark (in the URL hash, #slide=…&theme=…, so a reload shows
 * the same screen), which acts' results are revealed, the work form per act and the
 * timer. Nothing here identifies a participant.
 *
 * Why the hash and not the query string: the App Router keys the page segment by its
 * search parameters, so changing ?slide= and then refreshing for a live update would
 * remount the whole deck (losing focus and state). The hash never reaches the server.
 */

export type TSlideKind = "start" | "overview" | "act" | "discuss" | "agreements";
export type TPresentTheme = "system" | "light" | "dark";

export interface TDeckSlide {
  id: string;
  kind: TSlideKind;
  title: string;
  kicker?: string;
  lead?: ReactNode;
  body?: ReactNode;
  /** Act slides: the parts that are hidden until the facilitator reveals them. */
  act?: {
    id: string;
    title: string;
    respondents: ReactNode;
    results: ReactNode;
    prompts: ReactNode;
  };
}

function subscribeDarkScheme(onChange: () => void) {
  const mq = window.matchMedia("(prefers-color-scheme: dark)");
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

function subscribeFullscreen(onChange: () => void) {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

const HASH_EVENT = "werkboek:present-hash";

function subscribeHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  window.addEventListener(HASH_EVENT, onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(HASH_EVENT, onChange);
  };
}

/** #slide=act-x&theme=dark -> { slide: "act-x", theme: "dark" } */
function readHash(hash: string): { slide: string | null; theme: TPresentTheme } {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const theme = params.get("theme");
  return { slide: params.get("slide"), theme: theme === "dark" || theme === "light" ? theme : "system" };
}

function writeHash(next: { slide: string; theme: TPresentTheme }) {
  const params = new URLSearchParams({ slide: next.slide });
  if (next.theme !== "system") params.set("theme", next.theme);
  const hash = `#${params.toString()}`;
  if (window.location.hash === hash) return;
  window.history.replaceState(null, "", hash);
  window.dispatchEvent(new Event(HASH_EVENT));
}

const NON_TEXT_INPUTS = new Set(["button", "submit", "reset", "checkbox", "radio"]);

/** Keys typed into a field, or arrows used inside one, are not slide commands. */
function isTypingTarget(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(el.type) || el.type === "radio";
  return false;
}

/** Space and Enter activate these; Space must not also turn the slide. */
function isActivatable(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return Boolean(el.closest("button, a[href], summary, input, [role='button']"));
}

export function PresentDeck({
  sessionId,
  heading,
  slides,
  workForms,
  defaultWorkFormId,
  exit,
}: {
  sessionId: string;
  /** The h1: partnership and session. */
  heading: string;
  slides: TDeckSlide[];
  workForms: TDeckWorkForm[];
  defaultWorkFormId: string;
  /** A link out of the presentation (rendered on the server). */
  exit: ReactNode;
}) {
  const t = useTranslations("present");
  // The server renders the first slide; after hydration the hash decides.
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash, () => "");
  const { slide: slideInHash, theme } = readHash(hash);
  const [revealed, setRevealed] = useState<Record<string, boolean>>({});
  const [workFormByAct, setWorkFormByAct] = useState<Record<string, string>>({});
  const [panelOpen, setPanelOpen] = useState<Record<string, boolean>>({});
  const [timer, setTimer] = useState<TTimerState | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [agreementFor, setAgreementFor] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeadingRef = useRef(false);

  const systemDark = useSyncExternalStore(
    subscribeDarkScheme,
    () => window.matchMedia("(prefers-color-scheme: dark)").matches,
    () => false,
  );
  const fullscreen = useSyncExternalStore(
    subscribeFullscreen,
    () => document.fullscreenElement !== null,
    () => false,
  );
  const dark = theme === "dark" || (theme === "system" && systemDark);

  const total = slides.length;
  const current = Math.max(0, slides.findIndex((s) => s.id === slideInHash));
  const slide = slides[current]!;
  // Act slides and the overview show results only once revealed: the room answers first.
  const revealKey = slide.act ? slide.act.id : slide.kind === "overview" ? "overview" : null;
  const slideRevealed = revealKey ? revealed[revealKey] === true : false;

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
    [current, total, slides, t, theme],
  );

  const goTo = useCallback(
    (slideId: string) => {
      const i = slides.findIndex((s) => s.id === slideId);
      if (i >= 0) show(i);
    },
    [slides, show],
  );

  const toggleReveal = useCallback(() => {
    if (!revealKey) return;
    const next = !(revealed[revealKey] === true);
    setRevealed((r) => ({ ...r, [revealKey]: next }));
    setAnnouncement(next ? t("act.revealed") : t("act.concealed"));
  }, [revealKey, revealed, t]);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (isTypingTarget(target)) return;
      switch (e.key) {
        case "ArrowRight":
        case "PageDown":
          show(current + 1);
          break;
        case "ArrowLeft":
        case "PageUp":
          show(current - 1);
          break;
        case " ":
          if (isActivatable(target)) return;
          show(e.shiftKey ? current - 1 : current + 1);
          break;
        case "Home":
          show(0);
          break;
        case "End":
          show(total - 1);
          break;
        case "r":
        case "R":
          if (!revealKey) return;
          toggleReveal();
          break;
        default:
          return;
      }
      e.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [current, total, show, revealKey, toggleReveal]);

  // Links to another slide inside server-rendered content (data-goto-slide) stay in the deck.
  const onClickCapture = useCallback(
    (e: ReactMouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-goto-slide]") : null;
      if (!link) return;
      e.preventDefault();
      goTo(link.dataset.gotoSlide ?? "");
    },
    [goTo],
  );

  const context = useMemo<TPresentContext>(
    () => ({ goTo, agreementFor, clearAgreementFor: () => setAgreementFor(null) }),
    [goTo, agreementFor],
  );

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };

  const headingId = `slide-heading-${slide.id}`;
  const chosenWorkForm = slide.act ? (workFormByAct[slide.act.id] ?? defaultWorkFormId) : defaultWorkFormId;
  const timerWorkForm = timer ? workForms.find((w) => w.id === timer.workFormId) : undefined;

  return (
    <PresentContext.Provider value={context}>
      <div
        data-present-root=""
        data-theme={theme}
        className="fixed inset-0 z-40 flex flex-col bg-paper text-ink"
        onClickCapture={onClickCapture}
      >
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 border-b border-line px-8 py-2 text-lg">
          <h1 className="font-semibold text-muted">{heading}</h1>
          <LiveRefresh sessionId={sessionId} className="text-muted" />
        </div>

        <div className="min-h-0 flex-1 overflow-y-auto px-8 py-6 2xl:px-12" data-slide-scroller="">
          <section
            key={slide.id}
            aria-labelledby={headingId}
            data-slide={slide.id}
            data-slide-kind={slide.kind}
            className="mx-auto max-w-[1800px]"
          >
            {slide.kicker ? <p className="text-2xl font-semibold text-muted">{slide.kicker}</p> : null}
            <h2
              id={headingId}
              ref={headingRef}
              tabIndex={-1}
              data-slide-heading=""
              className={`${slide.act ? "text-5xl" : "text-5xl 2xl:text-6xl"} leading-tight font-bold text-[var(--present-accent)]`}
            >
              {slide.title}
            </h2>
            {slide.lead ? (
              <div className={`mt-2 text-3xl leading-snug ${slide.act ? "max-w-[1700px]" : "max-w-6xl"}`}>{slide.lead}</div>
            ) : null}

            {slide.act ? (
              <ActLayout
                slide={slide}
                act={slide.act}
                revealed={slideRevealed}
                onToggleReveal={toggleReveal}
                onRecordAgreement={() => {
                  setAgreementFor(slide.act!.id);
                  goTo("agreements");
                }}
                workForm={
                  <WorkFormPanel
                    actId={slide.act.id}
                    workForms={workForms}
                    chosenId={chosenWorkForm}
                    onChoose={(id) => setWorkFormByAct((m) => ({ ...m, [slide.act!.id]: id }))}
                    open={panelOpen[slide.act.id] === true}
                    onToggle={() => setPanelOpen((m) => ({ ...m, [slide.act!.id]: !(m[slide.act!.id] === true) }))}
                    timer={timer}
                    onTimer={setTimer}
                  />
                }
              />
            ) : revealKey ? (
              <RevealGate revealed={slideRevealed} onToggle={toggleReveal}>
                {slide.body}
              </RevealGate>
            ) : (
              <div className="mt-6">{slide.body}</div>
            )}
          </section>
        </div>

        <nav
          aria-label={t("nav.label")}
          className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line bg-[var(--present-surface)] px-8 py-3 text-lg"
        >
          <button
            type="button"
            onClick={() => show(current - 1)}
            disabled={current === 0}
            className="rounded border-2 border-ink px-4 py-2 font-semibold disabled:opacity-40"
            data-testid="slide-previous"
          >
            <span aria-hidden="true">← </span>
            {t("nav.previous")}
          </button>
          <button
            type="button"
            onClick={() => show(current + 1)}
            disabled={current === total - 1}
            className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-40"
            data-testid="slide-next"
          >
            {t("nav.next")}
            <span aria-hidden="true"> →</span>
          </button>
          <label className="flex items-center gap-2">
            <span className="sr-only">{t("nav.jump")}</span>
            <select
              value={slide.id}
              onChange={(e) => goTo(e.target.value)}
              className="max-w-[22rem] rounded border-2 border-line bg-paper px-2 py-2 text-ink"
              data-testid="slide-select"
            >
              {slides.map((s, i) => (
                <option key={s.id} value={s.id}>
                  {i + 1}. {s.title}
                </option>
              ))}
            </select>
          </label>
          <p className="text-muted" data-testid="slide-position">
            {t("slideOf", { current: current + 1, total })}
          </p>
          {timer && timerWorkForm ? <TimerReadout timer={timer} workFormTitle={timerWorkForm.title} compact /> : null}
          <div className="ml-auto flex flex-wrap items-center gap-3">
            <button
              type="button"
              aria-pressed={dark}
              onClick={() => writeHash({ slide: slide.id, theme: dark ? "light" : "dark" })}
              className="rounded border-2 border-line px-3 py-2 font-semibold"
              data-testid="theme-toggle"
            >
              <span aria-hidden="true">{dark ? "☾ " : "☀ "}</span>
              {t("nav.dark")}
            </button>
            <button
              type="button"
              aria-pressed={fullscreen}
              onClick={toggleFullscreen}
              className="rounded border-2 border-line px-3 py-2 font-semibold"
            >
              {t("nav.fullscreen")}
            </button>
            {exit}
          </div>
          <p className="sr-only">{t("nav.keys")}</p>
        </nav>

        <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="slide-announcement">
          {announcement}
        </p>
      </div>
    </PresentContext.Provider>
  );
}

function ActLayout({
  slide,
  act,
  revealed,
  onToggleReveal,
  onRecordAgreement,
  workForm,
}: {
  slide: TDeckSlide;
  act: NonNullable<TDeckSlide["act"]>;
  revealed: boolean;
  onToggleReveal: () => void;
  onRecordAgreement: () => void;
  workForm: ReactNode;
}) {
  const t = useTranslations("present");
  return (
    <div className="mt-3 space-y-4" data-revealed={revealed ? "true" : "false"}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <p className="text-2xl" data-testid="act-respondents">
          {act.respondents}
        </p>
        <RevealButton revealed={revealed} onToggle={onToggleReveal} />
        <button
          type="button"
          onClick={onRecordAgreement}
          className="rounded border-2 border-brand px-4 py-2 text-xl font-semibold text-[var(--present-accent)]"
        >
          {t("act.toAgreements")}
        </button>
      </div>
      <div className="grid gap-8 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          {revealed ? (
            <div className="rounded-lg border-2 border-line bg-white p-6 text-[#1b1f24]" data-results="" data-light-panel="">
              {act.results}
            </div>
          ) : (
            <HiddenResults />
          )}
        </div>
        <div className="space-y-6">
          <section aria-labelledby={`prompts-${slide.id}`} className="space-y-3">
            <h3 id={`prompts-${slide.id}`} className="text-3xl font-semibold text-[var(--present-accent)]">
              {t("act.promptsTitle")}
            </h3>
            {revealed ? act.prompts : <p className="text-2xl text-muted">{t("act.promptsHidden")}</p>}
          </section>
          {workForm}
        </div>
      </div>
    </div>
  );
}

/** A non-act slide whose results stay hidden until the facilitator reveals them. */
function RevealGate({ revealed, onToggle, children }: { revealed: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <div className="mt-6 space-y-4" data-revealed={revealed ? "true" : "false"}>
      <RevealButton revealed={revealed} onToggle={onToggle} />
      {revealed ? (
        children
      ) : (
        <HiddenResults />
      )}
    </div>
  );
}

/** Shows or hides a slide's results; "R" on the keyboard does the same. */
function RevealButton({ revealed, onToggle }: { revealed: boolean; onToggle: () => void }) {
  const t = useTranslations("present");
  return (
    <button
      type="button"
      onClick={onToggle}
      aria-pressed={revealed}
      aria-keyshortcuts="R"
      className="rounded bg-brand px-5 py-2.5 text-xl font-semibold text-white"
      data-testid="reveal-toggle"
    >
      {revealed ? t("act.hide") : t("act.reveal")}
      <span aria-hidden="true" className="ml-2 rounded border border-white/70 px-1.5 text-base">
        R
      </span>
    </button>
  );
}

/** Stands in for results that are not revealed yet. */
function HiddenResults() {
  const t = useTranslations("present");
  return (
    <div
      className="flex min-h-80 flex-col items-start justify-center gap-3 rounded-lg border-4 border-dashed border-line p-10"
      data-results-hidden=""
    >
      <p className="text-4xl font-semibold">{t("act.hiddenTitle")}</p>
      <p className="max-w-3xl text-2xl text-muted">{t("act.hiddenLead")}</p>
    </div>
  );
}
