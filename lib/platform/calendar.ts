import ical from "ical-generator";

/**
 * Revisit dates as iCalendar (RFC 5545), made with ical-generator (decision record 016, docs/decisions/016-calendar-with-ical-generator-and-a-feed-token.md):
 * one all-day event per agreement on the day the partnership looks at it again. The
 * texts arrive translated; this module only writes the file.
 */
export interface TCalendarEvent {
  /** Stable across downloads, so a calendar app updates the event instead of adding one. */
  uid: string;
  /** The revisit day (UTC midnight, as stored). */
  day: Date;
  summary: string;
  description: string;
  /** The partnership page, to open from the calendar. */
  url?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function toICalendar(input: { name: string; events: readonly TCalendarEvent[] }): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: "werkboek-regionaal-samenwerken", product: "werkboek", language: "NL" },
  });
  for (const e of input.events) {
    calendar.createEvent({
      id: e.uid,
      allDay: true,
      start: e.day,
      end: new Date(e.day.getTime() + DAY_MS),
      summary: e.summary,
      description: e.description,
      url: e.url ?? null,
    });
  }
  return calendar.toString();
}

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";
