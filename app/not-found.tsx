import Link from "next/link";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

// Requests outside any locale (rare: the proxy adds one) get a bilingual 404. There is
// no locale here to pick one language, so both are shown, from the usual messages.
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>
            {nl.notFound.title} · <span lang="en">{en.notFound.title}</span>
          </h1>
          <p>
            <Link href="/nl">{nl.notFound.home}</Link> ·{" "}
            <Link href="/en" lang="en">
              {en.notFound.home}
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
