"use client";

import type { Dispatch, ReactNode, Ref } from "react";
import { ActSlide, type TDeckAct } from "./act-slide";
import type { TAnswerGroup } from "./answer-slides";
import { AnswersSlide, type TDeckAnswers } from "./answers-slide";
import { actState, revealKeyOf, type TDeckAction, type TDeckState } from "./deck-state";
import { RevealGate } from "./reveal-control";
import type { TDeckWorkForm } from "./work-form-panel";

/**
 * The kinds of slide. A new kind adds its name here; if its results stay hidden until
 * revealed it gives the slide a `revealKey` (or, like act and answer slides, its own
 * part below), otherwise its server-rendered `body` is shown as it is.
 */
export type TSlideKind = "start" | "overview" | "act" | "answers" | "discuss" | "polarity" | "agreements";

export interface TDeckSlide {
  id: string;
  kind: TSlideKind;
  title: string;
  kicker?: string;
  lead?: ReactNode;
  body?: ReactNode;
  /** Slides whose `body` stays hidden until revealed (slides with one key are revealed together). */
  revealKey?: string;
  /** Act slides: the parts that are hidden until the facilitator reveals them. */
  act?: TDeckAct;
  /** Answer slides: the open answers, hidden until revealed (with `revealKey`). */
  answers?: TDeckAnswers;
  /**
   * From the server page only: a placeholder for a group of answer slides, which the deck
   * replaces by as many answer slides as the live result's texts need (answer-slides.ts).
   */
  answerGroup?: TAnswerGroup;
}

/** One slide: kicker, heading and lead, then its body by kind. */
export function SlideView({
  slide,
  headingId,
  headingRef,
  deck,
  dispatch,
  workForms,
  defaultWorkFormId,
  onToggleReveal,
  onRecordAgreement,
}: {
  slide: TDeckSlide;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  deck: TDeckState;
  dispatch: Dispatch<TDeckAction>;
  workForms: TDeckWorkForm[];
  defaultWorkFormId: string;
  onToggleReveal: () => void;
  onRecordAgreement: (actId: string) => void;
}) {
  const revealKey = revealKeyOf(slide);
  const revealed = revealKey ? actState(deck, revealKey).revealed : false;
  const wide = slide.act || slide.answers;
  return (
    <>
      {slide.kicker ? <p className="text-2xl font-semibold text-muted">{slide.kicker}</p> : null}
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        data-slide-heading=""
        className={`${wide ? "text-5xl" : "text-6xl"} leading-tight font-bold text-[var(--present-accent)]`}
      >
        {slide.title}
      </h2>
      {/* An act's lead (its dilemma) gives way to its results and its work form, which need the room. */}
      {slide.lead && !(slide.act && (revealed || actState(deck, slide.act.id).panelOpen)) ? (
        <div className="mt-2 max-w-[1700px] text-3xl leading-snug">{slide.lead}</div>
      ) : null}

      {slide.act ? (
        <ActSlide
          slideId={slide.id}
          act={slide.act}
          state={actState(deck, slide.act.id)}
          timer={deck.timer}
          workForms={workForms}
          defaultWorkFormId={defaultWorkFormId}
          dispatch={dispatch}
          onToggleReveal={onToggleReveal}
          onRecordAgreement={() => onRecordAgreement(slide.act!.id)}
        />
      ) : slide.answers ? (
        <AnswersSlide
          answers={slide.answers}
          revealed={revealed}
          onToggleReveal={onToggleReveal}
          hidden={deck.hiddenAnswers}
          onToggleAnswer={(key) => dispatch({ type: "toggleAnswer", key })}
        />
      ) : revealKey ? (
        <RevealGate revealed={revealed} onToggle={onToggleReveal}>
          {slide.body}
        </RevealGate>
      ) : (
        <div className="mt-6">{slide.body}</div>
      )}
    </>
  );
}
