import { getTranslations } from "next-intl/server";

type TCountKey = "sessions" | "participants" | "testParticipants" | "answers" | "agreements" | "polarityEntries" | "members" | "invites";

/** What a deletion removes, as a list of counts (the confirmation pages of issue 14). */
export async function DeletionCounts({ counts }: { counts: Partial<Record<TCountKey, number>> }) {
  const t = await getTranslations("rights.counts");
  const order: TCountKey[] = ["sessions", "participants", "testParticipants", "answers", "agreements", "polarityEntries", "members", "invites"];
  return (
    <div>
      <p className="font-semibold">{t("lead")}</p>
      <ul className="list-disc space-y-1 pl-6" data-testid="deletion-counts">
        {order
          .filter((key) => counts[key] !== undefined)
          .map((key) => (
            <li key={key} data-count={key}>
              {t(key, { count: counts[key]! })}
            </li>
          ))}
      </ul>
    </div>
  );
}
