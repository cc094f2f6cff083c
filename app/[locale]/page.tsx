import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listPartnerships } from "@/lib/partnerships";

export default async function HomePage() {
  const t = await getTranslations("home");
  const partnerships = await listPartnerships();

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
          {t("partnershipsTitle")}
        </h2>
        {partnerships.length === 0 ? (
          <p>{t("noPartnerships")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {partnerships.map((p) => (
              <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
                <Link
                  href={`/partnerships/${p.id}`}
                  className="font-semibold text-brand-strong underline"
                >
                  {p.name}
                </Link>
                <span className="text-sm text-muted">
                  {p.region} · {t("sessionCount", { count: p._count.sessions })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
