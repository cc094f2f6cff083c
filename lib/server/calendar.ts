import "server-only";
import { getTranslations } from "next-intl/server";
import { getWorkbook } from "@/lib/data/content";
import type { TPartnershipAgreement } from "@/lib/data/follow-through";
import { pickText } from "@/lib/domain/content/localize";
import { ICS_CONTENT_TYPE, toICalendar, type TCalendarEvent } from "@/lib/platform/calendar";
import { routing, type TAppLocale } from "@/i18n/routing";

/**
 * The revisit dates of agreements as a calendar file, in the partnership's language:
 * one all-day event per agreement that has a revisit date.
 */
export async function agreementsCalendar(input: {
  name: string;
  agreements: readonly TPartnershipAgreement[];
  locale: TAppLocale;
  /** The partnership's agreements page, linked from each event. */
  pageUrl: string;
  host: string;
}): Promise<string> {
  const t = await getTranslations({ locale: input.locale, namespace: "followThrough" });
  const acts = new Map(getWorkbook().acts.map((a) => [a.id, pickText(a.title, input.locale)]));
  const events: TCalendarEvent[] = input.agreements.flatMap((a) =>
    a.revisitOn
      ? [
          {
            uid: `agreement-${a.id}@${input.host}`,
            day: a.revisitOn,
            summary: t("calendar.summary", { action: a.action.replace(/\s+/g, " ") }),
            description: [
              t("calendar.act", { act: acts.get(a.actId) ?? a.actId }),
              t("calendar.session", { session: a.session.title }),
              a.owner ? t("calendar.owner", { owner: a.owner }) : null,
              t("calendar.status", { status: t(`status.${a.status}`) }),
              "",
              a.action,
            ]
              .filter((line) => line !== null)
              .join("\n"),
            url: input.pageUrl,
          },
        ]
      : [],
  );
  return toICalendar({ name: t("calendar.name", { partnership: input.name }), events });
}

/** A calendar file as a download (or a feed), never cached by a proxy. */
export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": ICS_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** The locale of a calendar link (?lang=en), Dutch by default. */
export function calendarLocale(value: string | null): TAppLocale {
  return (routing.locales as readonly string[]).includes(value ?? "") ? (value as TAppLocale) : routing.defaultLocale;
}
