import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ContentsNav } from "@/components/ui/contents-nav";
import { PageHeader } from "@/components/ui/page-header";
import { toContentLocale } from "@/lib/domain/content/localize";
import type { TLocalized } from "@/lib/domain/content/schema";
import { fillStatementText, type TStatementBlock } from "@/lib/domain/content/statements";
import { getOperator, getStatements, type TOperator } from "@/lib/data/statements";

type TKind = "privacy" | "accessibility";

async function localText() {
  const lang = toContentLocale(await getLocale());
  return (l: TLocalized) => fillStatementText(l, lang);
}

/** The page title of a statement, for generateMetadata. */
export async function statementMetadata(kind: TKind): Promise<Metadata> {
  const text = await localText();
  return { title: text(getStatements()[kind].title) };
}

/**
 * The privacy or accessibility statement: its texts from content/statements.yaml, its
 * date, and who runs this installation (from the OPERATOR_* configuration).
 */
export async function StatementPage({ kind }: { kind: TKind }) {
  const t = await getTranslations("statements");
  const format = await getFormatter();
  const text = await localText();
  const page = getStatements()[kind];

  return (
    <article className="space-y-10" data-statement={kind}>
      <div>
        <PageHeader title={text(page.title)}>{text(page.intro)}</PageHeader>
        <p className="-mt-4 text-sm text-muted" data-testid="statement-date">
          {t("date", { date: format.dateTime(new Date(`${page.date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}
        </p>
      </div>

      <OperatorContact operator={getOperator()} />

      <ContentsNav
        id="statement-toc"
        title={t("contents")}
        items={page.sections.map((s) => ({ id: s.id, label: text(s.title) }))}
        className="max-w-3xl"
      />

      {page.sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} className="max-w-3xl space-y-3">
          <h2 id={`${s.id}-title`} className="text-2xl font-semibold text-brand-strong">
            {text(s.title)}
          </h2>
          {s.body.map((block, i) => (
            <Block key={i} block={block} text={text} />
          ))}
        </section>
      ))}
    </article>
  );
}

function Block({ block, text }: { block: TStatementBlock; text: (l: TLocalized) => string }) {
  if ("items" in block) {
    return (
      <ul className="list-disc space-y-2 pl-5">
        {block.items.map((item, i) => (
          <li key={i}>{text(item)}</li>
        ))}
      </ul>
    );
  }
  return <p>{text(block)}</p>;
}

/** Who runs this website; says so plainly when the operator has not configured it. */
async function OperatorContact({ operator }: { operator: TOperator }) {
  const t = await getTranslations("statements.operator");
  const notSet = <span className="italic">{t("notSet")}</span>;
  return (
    <section aria-labelledby="operator-title" className="max-w-3xl space-y-3 rounded border border-line p-5" data-testid="operator">
      <h2 id="operator-title" className="text-xl font-semibold text-brand-strong">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("name")}</dt>
        <dd data-testid="operator-name">{operator.name ?? notSet}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd data-testid="operator-email">
          {operator.email ? (
            <a href={`mailto:${operator.email}`} className="text-brand-strong underline">
              {operator.email}
            </a>
          ) : (
            notSet
          )}
        </dd>
        {operator.url && (
          <>
            <dt className="font-semibold">{t("url")}</dt>
            <dd>
              <a href={operator.url} className="break-all text-brand-strong underline">
                {operator.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      {(!operator.name || !operator.email) && (
        <div className="space-y-1 border-l-4 border-warn pl-3" data-testid="operator-missing">
          <p>{t("missing")}</p>
          <p className="text-sm text-muted">{t("missingForOperator")}</p>
        </div>
      )}
    </section>
  );
}
