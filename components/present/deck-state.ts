/**
 * The facilitator's own state in the presentation deck, per act, in one reducer:
 * which results are revealed, which work form is chosen and whether its panel is open,
 * the one work-form timer, the act whose agreement form was asked for from its
 * slide, and the answers the facilitator took off the screen. Pure (no React): the deck keeps it with useReducer, the tests call it directly.
 * The current slide and the theme are not here: they live in the URL hash
 * (use-hash-slide.ts), so a reload shows the same screen.
 */
import { remainingAt, type TTimerState } from "./timer";

/** What the facilitator did on one act's slide (or on another slide with a reveal key, see revealKeyOf). */
export interface TActState {
  revealed: boolean;
  /** The work form chosen for this act; null: the deck's default. */
  workFormId: string | null;
  /** Whether the work form panel is open. */
  panelOpen: boolean;
}

export interface TDeckState {
  /** By reveal key: an act's id, or "overview". Missing: nothing done yet. */
  acts: Readonly<Record<string, TActState>>;
  /** One timer for the whole deck: it keeps running on other slides. */
  timer: TTimerState | null;
  /** The act whose "add agreement" form the facilitator asked for from an act slide. */
  agreementFor: string | null;
  /**
   * Keys of the open answers taken off the screen for this presentation (answer-pages.ts
   * makes the keys: question id and a hash of the text, never the text). Decision record 020:
   * kept in the browser, not stored.
   */
  hiddenAnswers: readonly string[];
}

export type TDeckAction =
  | { type: "toggleReveal"; key: string }
  | { type: "chooseWorkForm"; actId: string; workFormId: string }
  | { type: "togglePanel"; actId: string }
  | { type: "startTimer"; actId: string; workFormId: string; durationMs: number; now: number }
  | { type: "pauseTimer"; now: number }
  | { type: "resetTimer" }
  | { type: "recordAgreement"; actId: string }
  | { type: "clearAgreementFor" }
  | { type: "toggleAnswer"; key: string }
  | { type: "restoreHiddenAnswers"; keys: readonly string[] };

export const INITIAL_DECK_STATE: TDeckState = { acts: {}, timer: null, agreementFor: null, hiddenAnswers: [] };

const NOTHING_DONE: TActState = { revealed: false, workFormId: null, panelOpen: false };

/**
 * The key of a slide's hidden results: act slides, the overview and the answer slides
 * show them only once revealed (the room answers first). Slides that share a key (the
 * pages of one act's answers) are revealed together. A new kind of slide with results
 * gives itself a `revealKey`.
 */
export function revealKeyOf(slide: { kind: string; act?: { id: string }; revealKey?: string }): string | null {
  return slide.act ? slide.act.id : slide.revealKey ? slide.revealKey : slide.kind === "overview" ? "overview" : null;
}

/** One act's state (defaults when the facilitator has not touched it). */
export function actState(state: TDeckState, key: string): TActState {
  return state.acts[key] ?? NOTHING_DONE;
}

/** The deck's timer when it is this act's and work form's, else null (it belongs to another, or there is none). */
export function timerFor(timer: TTimerState | null, actId: string, workFormId: string): TTimerState | null {
  return timer && timer.actId === actId && timer.workFormId === workFormId ? timer : null;
}

function updateAct(state: TDeckState, key: string, change: (act: TActState) => Partial<TActState>): TDeckState {
  const act = actState(state, key);
  return { ...state, acts: { ...state.acts, [key]: { ...act, ...change(act) } } };
}

export function deckReducer(state: TDeckState, action: TDeckAction): TDeckState {
  switch (action.type) {
    case "toggleReveal":
      return updateAct(state, action.key, (a) => ({ revealed: !a.revealed }));
    case "chooseWorkForm":
      return updateAct(state, action.actId, () => ({ workFormId: action.workFormId }));
    case "togglePanel":
      return updateAct(state, action.actId, (a) => ({ panelOpen: !a.panelOpen }));
    case "startTimer": {
      // Resumes this act's paused timer; otherwise starts afresh (replacing another act's timer).
      const mine = timerFor(state.timer, action.actId, action.workFormId);
      const base = mine ?? { actId: action.actId, workFormId: action.workFormId, durationMs: action.durationMs, remainingMs: action.durationMs };
      return { ...state, timer: { ...base, startedAt: action.now } };
    }
    case "pauseTimer":
      if (!state.timer || state.timer.startedAt === null) return state;
      return { ...state, timer: { ...state.timer, remainingMs: remainingAt(state.timer, action.now), startedAt: null } };
    case "resetTimer":
      return state.timer === null ? state : { ...state, timer: null };
    case "recordAgreement":
      return { ...state, agreementFor: action.actId };
    case "clearAgreementFor":
      return state.agreementFor === null ? state : { ...state, agreementFor: null };
    case "toggleAnswer":
      return {
        ...state,
        hiddenAnswers: state.hiddenAnswers.includes(action.key)
          ? state.hiddenAnswers.filter((k) => k !== action.key)
          : [...state.hiddenAnswers, action.key],
      };
    case "restoreHiddenAnswers":
      return { ...state, hiddenAnswers: [...new Set([...state.hiddenAnswers, ...action.keys])] };
  }
}
