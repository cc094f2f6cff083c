import { useTranslations } from "next-intl";
import type { TActProfile } from "@/lib/domain/scoring";
import { selectPrompts, type TPromptTranslate } from "@/lib/domain/prompts";

/**
 * Questions for the conversation about one act (lib/domain/prompts.ts), side by side under
 * the chart. Nothing here identifies anyone. No "use client" and no async: the deck draws
 * it in the browser from the live result (the "present" messages are there).
 */
export function ActPrompts({
  profile,
  poles,
}: {
  profile: TActProfile;
  poles: { a: string; b: string };
}) {
  const t = useTranslations("present.prompts");
  const prompts = selectPrompts(profile, poles, t as unknown as TPromptTranslate);
  return (
    <ul className="grid auto-cols-fr grid-flow-col gap-3 text-2xl leading-snug" data-prompts="">
      {prompts.map((p) => (
        <li key={p} className="rounded-lg border-l-8 border-brand bg-wash px-4 py-3">
          {p}
        </li>
      ))}
    </ul>
  );
}
