import { z } from "zod";
import type { TAct } from "@/lib/domain/content/schema";
import { MAX_POLARITY_TEXT_LENGTH } from "@/lib/domain/polarity-text";
import { requiredText } from "@/lib/domain/validation";

/**
 * The polarity map of one balancing act (docs/decisions/019-polarity-maps-anonymous-suggestions.md): the classic
 * map's eight fields for the act's two poles. Per pole: what goes well when we lean
 * towards it (upside), what goes wrong when we lean too far towards it (downside), the
 * early-warning signals of that downside, and the action steps that keep its upside.
 * Neither pole is better: the map keeps both in view.
 */
export const POLARITY_QUADRANTS = [
  "upsideA",
  "upsideB",
  "downsideA",
  "downsideB",
  "warningA",
  "warningB",
  "actionA",
  "actionB",
] as const;
export type TPolarityQuadrant = (typeof POLARITY_QUADRANTS)[number];
export const ZPolarityQuadrant = z.enum(POLARITY_QUADRANTS, "invalidChoice");

export function isPolarityQuadrant(value: unknown): value is TPolarityQuadrant {
  return typeof value === "string" && (POLARITY_QUADRANTS as readonly string[]).includes(value);
}

/** "suggested": sent from a phone, waiting for the facilitator; "accepted": on the map. */
export const POLARITY_STATUSES = ["suggested", "accepted"] as const;
export type TPolarityStatus = (typeof POLARITY_STATUSES)[number];

export function isPolarityStatus(value: unknown): value is TPolarityStatus {
  return typeof value === "string" && (POLARITY_STATUSES as readonly string[]).includes(value);
}

export { MAX_POLARITY_TEXT_LENGTH, mergedText } from "@/lib/domain/polarity-text";
export const ZPolarityText = requiredText(MAX_POLARITY_TEXT_LENGTH);

/** Suggestions waiting per act in one session; beyond this the phone is asked to wait for the facilitator. */
export const MAX_WAITING_SUGGESTIONS_PER_ACT = 100;

export function quadrantSide(quadrant: TPolarityQuadrant): "a" | "b" {
  return quadrant.endsWith("A") ? "a" : "b";
}

export type TPolarityKind = "upside" | "downside" | "warning" | "action";

const KIND: Record<TPolarityQuadrant, TPolarityKind> = {
  upsideA: "upside",
  upsideB: "upside",
  downsideA: "downside",
  downsideB: "downside",
  warningA: "warning",
  warningB: "warning",
  actionA: "action",
  actionB: "action",
};

export function quadrantKind(quadrant: TPolarityQuadrant): TPolarityKind {
  return KIND[quadrant];
}

/**
 * The classic layout, two rows of four: action steps beside the upside they keep, early
 * warnings beside the downside they announce; pole A on the left, pole B on the right.
 */
export const POLARITY_LAYOUT: readonly (readonly TPolarityQuadrant[])[] = [
  ["actionA", "upsideA", "upsideB", "actionB"],
  ["warningA", "downsideA", "downsideB", "warningB"],
];

/** Reading order (phones, the results page, print): per pole, upside, action steps, downside, warnings. */
export const POLARITY_READING_ORDER: readonly TPolarityQuadrant[] = [
  "upsideA",
  "actionA",
  "downsideA",
  "warningA",
  "upsideB",
  "actionB",
  "downsideB",
  "warningB",
];

/**
 * The content's prompt that guides a field. The content's `actionsA` asks what we do when
 * we have leaned too far towards A, which is how we get B's upside back: it guides the
 * action steps that keep B's upside, and `actionsB` those that keep A's.
 */
export function quadrantPrompt(map: TAct["polarityMap"], quadrant: TPolarityQuadrant) {
  switch (quadrant) {
    case "upsideA":
      return map.upsideA;
    case "upsideB":
      return map.upsideB;
    case "downsideA":
      return map.downsideA;
    case "downsideB":
      return map.downsideB;
    case "warningA":
      return map.signalsA;
    case "warningB":
      return map.signalsB;
    case "actionA":
      return map.actionsB;
    case "actionB":
      return map.actionsA;
  }
}

/**
 * The question of a prompt, without its examples ("… ? Think of …"): what the projector
 * shows in an empty field, so that all eight fit; the phone shows the whole prompt.
 */
export function promptQuestion(prompt: string): string {
  const end = prompt.indexOf("?");
  return end > 0 ? prompt.slice(0, end + 1) : prompt;
}

/**
 * The ids of one field in their new order after moving `id` one place up or down; the
 * same order when it cannot move (already first or last, or not in the list).
 */
export function movedOrder(ids: readonly string[], id: string, direction: "up" | "down"): string[] {
  const out = [...ids];
  const i = out.indexOf(id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export const ZMoveDirection = z.enum(["up", "down"], "invalidChoice");
