"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { TAnswerPiece } from "./answer-pages";
import { HiddenResults, RevealButton } from "./reveal-control";

/** A slide of open answers, built by the deck from the live result (see answer-slides.ts). */
export interface TDeckAnswers {
  /** The questions side by side, each with this page's answers. */
  columns: {
    questionId: string;
    heading: string;
    pieces: TAnswerPiece[];
    /** Instead of answers: why none are shown (fewer than the anonymity threshold, or none given). */
    note?: string;
  }[];
}

/**
 * What partners wrote, without names: the answers to one act's open questions (or the
 * interests) side by side, hidden until the facilitator reveals them. The facilitator
 * can take a single answer off the screen (for example one that names a person) and
 * put it back; the "hide" buttons fade with the toolbar while the mouse rests.
 */
export function AnswersSlide({
  answers,
  revealed,
  onToggleReveal,
  hidden,
  onToggleAnswer,
}: {
  answers: TDeckAnswers;
  revealed: boolean;
  onToggleReveal: () => void;
  /** Keys of the answers taken off the screen. */
  hidden: readonly string[];
  onToggleAnswer: (key: string) => void;
}) {
  const t = useTranslations("present.answers");
  const id = useId();
  return (
    <div className="mt-3 space-y-4" data-revealed={revealed ? "true" : "false"} data-answers="">
      <RevealButton revealed={revealed} onToggle={onToggleReveal} />
      {revealed ? (
        <div className="grid grid-cols-2 gap-10">
          {answers.columns.map((column, c) => (
            <section key={column.questionId} aria-labelledby={`${id}-${c}`} className="space-y-3" data-answer-column={column.questionId}>
              <h3 id={`${id}-${c}`} className="text-[1.75rem] leading-snug font-semibold text-[var(--present-accent)]">
                {column.heading}
              </h3>
              {column.note ? (
                <p className="text-2xl text-muted">{column.note}</p>
              ) : column.pieces.length === 0 ? (
                <p className="text-2xl text-muted">{t("noMore")}</p>
              ) : (
                <ul className="space-y-3">
                  {column.pieces.map((piece, i) => {
                    const pieceId = `${id}-${c}-${i}`;
                    const isHidden = hidden.includes(piece.key);
                    return (
                      <li
                        key={`${piece.key}-${piece.part}`}
                        className={`flex items-start gap-4 rounded-lg px-5 py-3 ${isHidden ? "border-2 border-dashed border-line" : "bg-wash"}`}
                        data-answer={isHidden ? "hidden" : "shown"}
                      >
                        <p id={pieceId} className={`min-w-0 flex-1 ${isHidden ? "text-2xl text-muted italic" : "text-[1.75rem] leading-[1.35] whitespace-pre-line"}`}>
                          {isHidden ? t("hiddenOne") : piece.text}
                          {!isHidden && piece.parts > 1 ? (
                            <span className="text-2xl text-muted"> ({t("part", { part: piece.part, parts: piece.parts })})</span>
                          ) : null}
                        </p>
                        <button
                          type="button"
                          onClick={() => onToggleAnswer(piece.key)}
                          aria-describedby={pieceId}
                          className="shrink-0 rounded border-2 border-line px-3 py-1 text-2xl font-semibold"
                          data-answer-control=""
                        >
                          {isHidden ? t("show") : t("hide")}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
        </div>
      ) : (
        <HiddenResults title={t("hiddenTitle")} lead={t("hiddenLead")} />
      )}
    </div>
  );
}
