import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

// Requests outside any locale (rare: the proxy adds one) get a bilingual 404. There is
// no locale here to pick one language, so both are shown, from the usual messages.
// Plain <a>, not next/link: this file is part of every route, and next/link here is
// bundled a second time beside the locale layout's (docs/decisions/013).
/* eslint-disable @next/next/no-html-link-for-pages -- see the line above */
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>
            {nl.notFound.title} · <span lang="en">{en.notFound.title}</span>
          </h1>
          <p>
            <a href="/nl">{nl.notFound.home}</a> ·{" "}
            <a href="/en" lang="en">
              {en.notFound.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
