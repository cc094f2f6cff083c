/**
 * Visual vocabulary shared by the balance charts. Pure data, no React: usable by
 * the (server-rendered) charts and by any other code.
 *
 * Rules behind it:
 * - Roles are told apart by shape AND colour (Okabe–Ito, colour-blind safe). Every
 *   dot has a dark outline, so each shape reaches >= 3:1 against white even where
 *   the fill colour alone (orange, sky blue) would not.
 * - Everything that is about the group (medians, arrow, spread, split, ghost) is
 *   ink/grey only and differs by shape and line style, so it survives black-and-white
 *   printing. No colour means "good" or "bad": there is no green/red pair on an axis.
 */

/**
 * The marker shapes a dot can have: recharts' seven Symbols types, and a triangle pointing
 * down (its triangle turned half a turn), so that each of the eight roles has a shape of
 * its own and role markers are told apart without colour.
 */
export const SYMBOL_SHAPES = ["circle", "cross", "diamond", "square", "star", "triangle", "triangle-down", "wye"] as const;
export type TSymbolShape = (typeof SYMBOL_SHAPES)[number];

export interface TRoleStyle {
  shape: TSymbolShape;
  /** Fill colour (Okabe–Ito). */
  fill: string;
}

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000",
} as const;

/**
 * One style per role of content/roles.yaml, keyed by role id: a role added there needs
 * a style here (tests/unit/charts.test.tsx fails without one).
 */
export const ROLE_STYLES: Readonly<Record<string, TRoleStyle>> = {
  administrator: { shape: "circle", fill: OKABE_ITO.blue },
  manager: { shape: "square", fill: OKABE_ITO.orange },
  professional: { shape: "triangle", fill: OKABE_ITO.bluishGreen },
  client: { shape: "diamond", fill: OKABE_ITO.reddishPurple },
  funder: { shape: "star", fill: OKABE_ITO.vermillion },
  "elected-representative": { shape: "wye", fill: OKABE_ITO.black },
  "national-government": { shape: "triangle-down", fill: OKABE_ITO.yellow },
  other: { shape: "cross", fill: OKABE_ITO.skyBlue },
};

/** A role id that is not in the list (should not happen) still gets a distinct look. */
export const UNKNOWN_ROLE_STYLE: TRoleStyle = { shape: "wye", fill: OKABE_ITO.yellow };

/** A dot whose role may not be shown: hollow circle. */
export const NO_ROLE_STYLE: TRoleStyle = { shape: "circle", fill: "#FFFFFF" };

export function roleStyle(role: string | null): TRoleStyle {
  if (role === null) return NO_ROLE_STYLE;
  return ROLE_STYLES[role] ?? UNKNOWN_ROLE_STYLE;
}

/** Neutral inks on paper (contrast against white: ink 16:1, muted 7.6:1, line 4.7:1). */
export const INK_HEX = {
  ink: "#1b1f24",
  muted: "#4a5360",
  line: "#6b7580",
  faint: "#c9d0d8",
  wash: "#f4f6f8",
  band: "#dde3e9",
  paper: "#ffffff",
} as const;

/**
 * The inks as the charts use them: a CSS custom property with the paper ink as its
 * fallback (`var(--chart-ink, #1b1f24)`), so a chart prints and renders on paper as
 * before, and a surrounding theme can redefine them (the projector's dark theme does,
 * in components/present/present.css: --chart-ink, --chart-muted, --chart-line,
 * --chart-faint, --chart-wash, --chart-band, --chart-paper). The charts' Tailwind
 * classes use the same properties (`text-[var(--chart-ink,#1b1f24)]`).
 */
export const INK = {
  ink: "var(--chart-ink, #1b1f24)",
  muted: "var(--chart-muted, #4a5360)",
  line: "var(--chart-line, #6b7580)",
  faint: "var(--chart-faint, #c9d0d8)",
  wash: "var(--chart-wash, #f4f6f8)",
  band: "var(--chart-band, #dde3e9)",
  paper: "var(--chart-paper, #ffffff)",
} as const satisfies Record<keyof typeof INK_HEX, string>;

/** Marker sizes per display size (px). */
export const SIZES = {
  screen: {
    dotArea: 110,
    dotStroke: 1.25,
    medianR: 9,
    medianStroke: 3,
    ghostR: 12,
    arrowWidth: 2.5,
    arrowHead: 10,
    label: 14,
    laneLabel: 15,
    poleLabel: 15,
    boardTrack: 64,
    boardBand: 12,
    /** Equal positions stack up and down to this many levels, then squeeze closer. */
    maxStackLevels: 6,
  },
  projector: {
    // Markers of about 28 px across at 1080p (the projector slides are zoomed to the
    // window from a 1920×1080 design), text at least 24 px.
    dotArea: 620,
    dotStroke: 2.5,
    medianR: 18,
    medianStroke: 5,
    ghostR: 23,
    arrowWidth: 5,
    arrowHead: 18,
    label: 24,
    laneLabel: 26,
    poleLabel: 30,
    boardTrack: 88,
    boardBand: 18,
    // Fewer levels than on a screen: the chart has to fit a slide with everything else.
    maxStackLevels: 2,
  },
} as const;

export type TChartSize = keyof typeof SIZES;
