import { getFormatter, getTranslations } from "next-intl/server";
import { getRetentionStatus } from "@/lib/data/retention";

/** On the results page: when the session's raw answers will be removed, or that they were (issue 14). */
export async function RetentionNotice({ sessionId }: { sessionId: string }) {
  const status = await getRetentionStatus(sessionId);
  if (!status) return null;
  const t = await getTranslations("rights.retention");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <p className="mb-8 max-w-3xl text-muted" data-testid="retention-notice">
      {status.purgedAt
        ? t("removed", { date: date(status.purgedAt) })
        : t("willRemove", { date: date(status.removeAfter), months: status.retentionMonths })}
    </p>
  );
}
