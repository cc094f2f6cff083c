import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/server/access";
import { listPartnershipsForUser } from "@/lib/data/memberships";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tm = await getTranslations("members");
  const format = await getFormatter();
  // Only the signed-in user's own partnerships; anonymous visitors get a sign-in invitation.
  const user = await getCurrentUser();
  const partnerships = user ? await listPartnershipsForUser(user.id) : [];

  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <h1 className="text-4xl font-bold tracking-tight text-brand-strong">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("lead")}</p>
        <p className="max-w-3xl text-muted">{t("notAScore")}</p>
        <div className="flex flex-wrap gap-3 pt-2">
          <Link
            href="/partnerships/new"
            className="rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
          >
            {t("startPartnership")}
          </Link>
          <Link
            href="/join"
            className="rounded border-2 border-brand px-5 py-2 font-semibold text-brand-strong no-underline hover:bg-wash"
          >
            {t("joinSession")}
          </Link>
          <Link href="/guide" className="px-2 py-2.5 font-semibold text-brand-strong underline">
            {t("readGuide")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="how" className="grid gap-6 sm:grid-cols-3">
        <h2 id="how" className="sr-only">
          {t("howTitle")}
        </h2>
        {(["coordinator", "partners", "facilitator"] as const).map((who) => (
          <div key={who} className="rounded border border-line bg-wash p-5">
            <h3 className="font-semibold text-brand-strong">{t(`how.${who}.title`)}</h3>
            <p className="mt-2 text-sm">{t(`how.${who}.text`)}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="partnerships" className="space-y-4">
        <h2 id="partnerships" className="text-2xl font-semibold text-brand-strong">
          {user ? tm("home.mineTitle") : t("partnershipsTitle")}
        </h2>
        {!user ? (
          <div className="space-y-3">
            <p>{tm("home.signInLead")}</p>
            <div className="flex flex-wrap gap-4">
              <Link href="/sign-in" className="font-semibold text-brand-strong underline">
                {tm("home.signIn")}
              </Link>
              <Link href="/sign-up" className="font-semibold text-brand-strong underline">
                {tm("home.signUp")}
              </Link>
            </div>
          </div>
        ) : partnerships.length === 0 ? (
          <p>{tm("home.none")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {partnerships.map((p) => (
              <li key={p.id} className="space-y-2 p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  {/* Partners read the partnership page too (no edit controls there). */}
                  <Link href={`/partnerships/${p.id}`} className="font-semibold text-brand-strong underline">
                    {p.name}
                  </Link>
                  <span className="text-sm text-muted">
                    {p.region} · {t("sessionCount", { count: p.sessions.length })} ·{" "}
                    {tm("home.yourRole", { role: tm(`roleNames.${p.role}`) })}
                  </span>
                </div>
                {p.role === "partner" &&
                  (p.sessions.length === 0 ? (
                    <p className="text-sm text-muted">{tm("home.noSessions")}</p>
                  ) : (
                    <ul aria-label={tm("home.sessionsOf", { name: p.name })} className="space-y-1 text-sm">
                      {p.sessions.map((s) => (
                        <li key={s.id}>
                          {s.title} ({format.dateTime(s.date, { dateStyle: "long", timeZone: "UTC" })}):{" "}
                          <Link href={`/sessions/${s.id}/results`} className="text-brand-strong underline">
                            {tm("home.results")}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
