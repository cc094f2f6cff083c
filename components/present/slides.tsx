import { getTranslations } from "next-intl/server";
import { QrCode } from "@/components/ui/qr-code";
import type { TWorkbookLength } from "@/lib/domain/workbook";
import { LiveParticipants } from "./live-slides";

/**
 * The start slide's body, rendered on the server: join code, link and QR code; the
 * counts are drawn from the live result in the browser (LiveParticipants). Counts only:
 * nothing on the projector names or otherwise identifies a participant.
 */

export async function StartSlideBody({
  joinCode,
  joinUrl,
  roles,
  anonymityThreshold,
  workbookLength,
}: {
  joinCode: string;
  joinUrl: string;
  /** The workbook's roles in order, with their labels (the counts come from the live result). */
  roles: { id: string; label: string }[];
  anonymityThreshold: number;
  /** The full or the short workbook (the core statements), as the coordinator chose for the session. */
  workbookLength: TWorkbookLength;
}) {
  const t = await getTranslations("present.start");
  return (
    <div className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-12">
      <div className="w-fit rounded-xl bg-white p-4" data-light-panel="">
        <QrCode value={joinUrl} label={t("qrLabel", { url: joinUrl })} size={400} />
      </div>
      <div className="space-y-8">
        <p className="max-w-5xl text-3xl leading-snug">{t("lead")}</p>
        <dl className="space-y-4">
          <div className="flex flex-wrap items-baseline gap-x-6">
            <dt className="text-3xl text-muted">{t("codeLabel")}</dt>
            <dd className="font-mono text-8xl font-bold tracking-[0.2em]" data-testid="present-join-code">
              {joinCode}
            </dd>
          </div>
          <div className="flex flex-wrap items-baseline gap-x-6">
            <dt className="text-3xl text-muted">{t("linkLabel")}</dt>
            <dd className="text-4xl font-semibold break-all" data-testid="present-join-link">
              {joinUrl}
            </dd>
          </div>
        </dl>
        <LiveParticipants roles={roles} />
        <p className="max-w-5xl text-2xl" data-testid="workbook-length">
          {t("workbookLength", { length: workbookLength })}
        </p>
        <p className="max-w-5xl text-xl text-muted">{t("anonymity", { threshold: anonymityThreshold })}</p>
      </div>
    </div>
  );
}
