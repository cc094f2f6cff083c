import { z } from "zod";

/**
 * The content model of the werkboek. Every text the workbook shows (acts, poles,
 * statements, profile, checklist, interests, roles, guide) lives in `content/` as
 * YAML, nl and en side by side, and is validated against these schemas when the
 * app loads it, when it builds and in the unit tests.
 */

/** A stable, URL-safe identifier. Ids are part of stored answers: never rename one. */
export const ZId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lowercase words joined by hyphens");

/** One text in both languages. Neither may be empty. */
export const ZLocalized = z.object({
  nl: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type TLocalized = z.infer<typeof ZLocalized>;

/** A pole of a balancing act: short label plus one or two sentences. */
export const ZPole = z.object({
  label: ZLocalized,
  description: ZLocalized,
});
export type TPole = z.infer<typeof ZPole>;

/**
 * A bipolar statement. `a` is phrased towards pole A of its act, `b` towards pole B.
 * `left` says which of the two is shown at the left end of the 7-point scale, so
 * that not every question has the same pole on the same side. The scoring model maps
 * every answer back onto the act's axis (pole A = -1, pole B = +1).
 */
export const ZStatement = z.object({
  id: ZId,
  topic: ZLocalized,
  a: ZLocalized,
  b: ZLocalized,
  left: z.enum(["a", "b"]),
  /** A core statement: part of the short workbook (about three per act). */
  core: z.boolean().optional(),
  /**
   * No longer asked in new sessions (its meaning changed, and a new statement with a
   * new id took its place). It stays in the content so that old sessions' answers to
   * it can still be read and still count in their balance profile.
   */
  retired: z.boolean().optional(),
});
export type TStatement = z.infer<typeof ZStatement>;

/**
 * Prompts for a polarity map: upsides, downsides (leaning too far), early warning signals,
 * and what we would do. `actionsA` asks what we do when we lean too far towards A, so it
 * guides the action steps that keep B's upside (lib/domain/polarity.ts, quadrantPrompt).
 */
export const ZPolarityMap = z.object({
  upsideA: ZLocalized,
  upsideB: ZLocalized,
  downsideA: ZLocalized,
  downsideB: ZLocalized,
  signalsA: ZLocalized,
  signalsB: ZLocalized,
  actionsA: ZLocalized,
  actionsB: ZLocalized,
});

export const ZAct = z.object({
  id: ZId,
  /** Position in the essay, 1..5. */
  order: z.number().int().min(1).max(5),
  title: ZLocalized,
  /** The dilemma in one line (used on the projector and in overviews). */
  oneLiner: ZLocalized,
  /** The act in two or three sentences, shown on the phone before the full introduction. */
  summary: ZLocalized,
  poles: z.object({ a: ZPole, b: ZPole }),
  intro: z.object({
    /** What the dilemma is; paragraphs. */
    dilemma: z.array(ZLocalized).min(1),
    /** What pole A promises, and what goes wrong when a partnership leans too far to it. */
    promiseA: ZLocalized,
    riskA: ZLocalized,
    promiseB: ZLocalized,
    riskB: ZLocalized,
    /** Examples from the essay. */
    examples: z.array(ZLocalized).min(1),
  }),
  /** All statements, retired ones included (see `askedStatements` in lib/domain/workbook.ts). */
  statements: z.array(ZStatement).min(6),
  reflection: z.array(z.object({ id: ZId, question: ZLocalized })).min(2).max(4),
  polarityMap: ZPolarityMap,
}).superRefine((act, ctx) => {
  const asked = act.statements.filter((s) => !s.retired);
  if (asked.length < 6 || asked.length > 10) {
    ctx.addIssue({
      code: "custom",
      path: ["statements"],
      message: `act ${act.id} asks ${asked.length} statements; between 6 and 10 are allowed`,
    });
  }
  const core = asked.filter((s) => s.core).length;
  if (core < 2 || core > 4) {
    ctx.addIssue({
      code: "custom",
      path: ["statements"],
      message: `act ${act.id} has ${core} core statements; the short workbook needs 2 to 4 (about three)`,
    });
  }
  act.statements.forEach((s, i) => {
    if (s.retired && s.core) {
      ctx.addIssue({
        code: "custom",
        path: ["statements", i, "core"],
        message: `retired statement ${s.id} cannot be a core statement`,
      });
    }
  });
});
export type TAct = z.infer<typeof ZAct>;

export const ZRole = z.object({
  id: ZId,
  label: ZLocalized,
  description: ZLocalized,
});
export type TRole = z.infer<typeof ZRole>;

export const ZOption = z.object({
  id: ZId,
  label: ZLocalized,
  description: ZLocalized.optional(),
});
export type TOption = z.infer<typeof ZOption>;

/** Partnership profile: the essay's four forms of variety, theme and drivers. */
export const ZProfile = z.object({
  intro: ZLocalized,
  varieties: z
    .array(
      z.object({
        id: ZId,
        question: ZLocalized,
        poles: z.object({ a: ZLocalized, b: ZLocalized }),
        explanation: ZLocalized,
      }),
    )
    .length(4),
  themes: z.object({ question: ZLocalized, options: z.array(ZOption).min(3) }),
  drivers: z.object({ question: ZLocalized, options: z.array(ZOption).min(5) }),
});
export type TProfile = z.infer<typeof ZProfile>;

/** Promises of regional work and the downsides the essay lists, as a checklist. */
export const ZPromises = z.object({
  intro: ZLocalized,
  promises: z.object({ question: ZLocalized, items: z.array(ZOption).min(3) }),
  downsides: z.object({ question: ZLocalized, items: z.array(ZOption).min(3) }),
});
export type TPromises = z.infer<typeof ZPromises>;

/** Interests on the table: own organisation's interest and the shared interest. */
export const ZInterests = z.object({
  intro: ZLocalized,
  questions: z.array(z.object({ id: ZId, question: ZLocalized, hint: ZLocalized })).min(2),
});
export type TInterests = z.infer<typeof ZInterests>;

export const ZWorkForm = z.object({
  id: ZId,
  title: ZLocalized,
  purpose: ZLocalized,
  groupSize: ZLocalized,
  minutes: z.number().int().positive(),
  steps: z.array(ZLocalized).min(2),
});
export type TWorkForm = z.infer<typeof ZWorkForm>;

export const ZMeetingPlan = z.object({
  id: ZId,
  title: ZLocalized,
  totalMinutes: z.number().int().positive(),
  blocks: z
    .array(
      z.object({
        minutes: z.number().int().positive(),
        title: ZLocalized,
        description: ZLocalized,
        workForm: ZId.optional(),
      }),
    )
    .min(3),
});
export type TMeetingPlan = z.infer<typeof ZMeetingPlan>;

export const ZGuideSection = z.object({
  id: ZId,
  title: ZLocalized,
  paragraphs: z.array(ZLocalized).min(1),
});
export type TGuideSection = z.infer<typeof ZGuideSection>;

/** The facilitator guide. */
export const ZGuide = z.object({
  title: ZLocalized,
  intro: ZLocalized,
  /** Why and when to reflect, whom to involve, how to prepare, recording agreements. */
  sections: z.array(ZGuideSection).min(4),
  meetingPlans: z.array(ZMeetingPlan).min(2),
  workForms: z.array(ZWorkForm).min(6),
});
export type TGuide = z.infer<typeof ZGuide>;

export const ZWorkbook = z.object({
  acts: z.array(ZAct).length(5),
  roles: z.array(ZRole).min(6),
  profile: ZProfile,
  promises: ZPromises,
  interests: ZInterests,
  guide: ZGuide,
});
export type TWorkbook = z.infer<typeof ZWorkbook>;

export type TLocale = keyof TLocalized;
