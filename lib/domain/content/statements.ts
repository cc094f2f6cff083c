import { z } from "zod";
import { ZId, ZLocalized, type TLocalized } from "@/lib/domain/content/schema";
import { DEFAULT_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD } from "@/lib/domain/scoring";

/**
 * The privacy statement and the accessibility statement (content/statements.yaml):
 * long texts, nl and en side by side, like the rest of content/. Numbers that the code
 * decides are not typed into the texts but written as placeholders, so that a
 * statement never contradicts the software: `{defaultThreshold}` and `{minThreshold}`.
 */
const STATEMENT_PLACEHOLDERS = {
  defaultThreshold: String(DEFAULT_ANONYMITY_THRESHOLD),
  minThreshold: String(MIN_ANONYMITY_THRESHOLD),
} as const;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholders a text uses that are not in STATEMENT_PLACEHOLDERS. */
function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(name in STATEMENT_PLACEHOLDERS));
}

/** One text in both languages, using only known placeholders, the same ones in nl and en. */
const ZStatementText = ZLocalized.superRefine((text, ctx) => {
  for (const lang of ["nl", "en"] as const) {
    for (const name of unknownPlaceholders(text[lang])) {
      ctx.addIssue({ code: "custom", path: [lang], message: `unknown placeholder {${name}}` });
    }
  }
  const names = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).sort().join(",");
  if (names(text.nl) !== names(text.en)) {
    ctx.addIssue({ code: "custom", message: "nl and en use different placeholders" });
  }
});

/** A paragraph, or a bulleted list. */
const ZStatementBlock = z.union([
  ZStatementText,
  z.object({ items: z.array(ZStatementText).min(1) }).strict(),
]);
export type TStatementBlock = z.infer<typeof ZStatementBlock>;

const ZStatementSection = z.object({
  id: ZId,
  title: ZStatementText,
  body: z.array(ZStatementBlock).min(1),
});

/** A calendar date, written as YYYY-MM-DD. */
const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written as YYYY-MM-DD")
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "not a real date");

const ZStatementPage = z.object({
  title: ZStatementText,
  intro: ZStatementText,
  /** The date the statement was drawn up or last reviewed. */
  date: ZIsoDate,
  sections: z.array(ZStatementSection).min(4),
});
export type TStatementPage = z.infer<typeof ZStatementPage>;

export const ZStatements = z
  .object({ privacy: ZStatementPage, accessibility: ZStatementPage })
  .superRefine((s, ctx) => {
    for (const page of ["privacy", "accessibility"] as const) {
      const seen = new Set<string>();
      s[page].sections.forEach((section, i) => {
        if (seen.has(section.id)) {
          ctx.addIssue({ code: "custom", path: [page, "sections", i, "id"], message: `id "${section.id}" is used twice` });
        }
        seen.add(section.id);
      });
    }
  });
export type TStatements = z.infer<typeof ZStatements>;

/** A statement text in one language, with its placeholders filled in. */
export function fillStatementText(text: TLocalized, lang: keyof TLocalized): string {
  return text[lang].replace(PLACEHOLDER, (whole, name: string) =>
    name in STATEMENT_PLACEHOLDERS ? STATEMENT_PLACEHOLDERS[name as keyof typeof STATEMENT_PLACEHOLDERS] : whole,
  );
}
