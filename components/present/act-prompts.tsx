import { getTranslations } from "next-intl/server";
import type { TActProfile } from "@/lib/domain/scoring";
import { selectPrompts, type TPromptTranslate } from "@/lib/domain/prompts";

/** Questions for the conversation about one act (lib/domain/prompts.ts), side by side under the chart. Nothing here identifies anyone. */
export async function ActPrompts({
  profile,
  poles,
}: {
  profile: TActProfile;
  poles: { a: string; b: string };
}) {
  const t = await getTranslations("present.prompts");
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
