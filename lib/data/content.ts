import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import {
  ZAct,
  ZGuide,
  ZInterests,
  ZProfile,
  ZPromises,
  ZRole,
  ZWorkbook,
  type TWorkbook,
} from "@/lib/domain/content/schema";
import { listItems } from "@/lib/domain/workbook";

/** Where the workbook's texts live. Overridable for tests. */
export function getContentDir(): string {
  return process.env.CONTENT_DIR ?? path.join(process.cwd(), "content");
}

function readYaml(file: string): unknown {
  return parse(fs.readFileSync(file, "utf8"));
}

export const ZCheckedWorkbook = ZWorkbook.superRefine((wb, ctx) => {
  wb.acts.forEach((act, index) => {
    if (act.order !== index + 1) {
      ctx.addIssue({
        code: "custom",
        path: ["acts", index, "order"],
        message: `act ${act.id} is at place ${index + 1} but has order ${act.order}`,
      });
    }
  });
  const seen = new Set<string>();
  const ids = [
    ...wb.acts.map((a) => a.id),
    ...wb.roles.map((r) => r.id),
    // Every id used for stored answers, retired statements included (their ids stay reserved).
    ...listItems(wb, { includeRetired: true }).map((i) => i.id),
    ...wb.guide.sections.map((s) => s.id),
    ...wb.guide.workForms.map((w) => w.id),
    ...wb.guide.meetingPlans.map((m) => m.id),
  ];
  for (const id of ids) {
    if (seen.has(id)) {
      ctx.addIssue({ code: "custom", path: ["ids"], message: `id "${id}" is used twice` });
    }
    seen.add(id);
  }
  const workForms = new Set(wb.guide.workForms.map((w) => w.id));
  wb.guide.meetingPlans.forEach((plan, p) =>
    plan.blocks.forEach((block, b) => {
      if (block.workForm && !workForms.has(block.workForm)) {
        ctx.addIssue({
          code: "custom",
          path: ["guide", "meetingPlans", p, "blocks", b, "workForm"],
          message: `unknown work form "${block.workForm}"`,
        });
      }
    }),
  );
});

/**
 * Reads and validates all workbook content from `content/`.
 * Acts are the files in `content/acts/`, sorted by file name (which starts with the
 * act's place in the essay); the other parts are one file each.
 */
export function readWorkbook(dir: string = getContentDir()): TWorkbook {
  const actsDir = path.join(dir, "acts");
  const actFiles = fs
    .readdirSync(actsDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  const raw = {
    acts: actFiles.map((f) => parseOrThrow(ZAct, readYaml(path.join(actsDir, f)), `acts/${f}`)),
    roles: parseOrThrow(
      z.object({ roles: z.array(ZRole) }),
      readYaml(path.join(dir, "roles.yaml")),
      "roles.yaml",
    ).roles,
    profile: parseOrThrow(ZProfile, readYaml(path.join(dir, "profile.yaml")), "profile.yaml"),
    promises: parseOrThrow(ZPromises, readYaml(path.join(dir, "promises.yaml")), "promises.yaml"),
    interests: parseOrThrow(ZInterests, readYaml(path.join(dir, "interests.yaml")), "interests.yaml"),
    guide: parseOrThrow(ZGuide, readYaml(path.join(dir, "guide.yaml")), "guide.yaml"),
  };
  return parseOrThrow(ZCheckedWorkbook, raw, "content/");
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, where: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Error(`Invalid workbook content in ${where}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

let cached: TWorkbook | undefined;

/** The validated workbook, read once per server process. */
export function getWorkbook(): TWorkbook {
  cached ??= readWorkbook();
  return cached;
}
