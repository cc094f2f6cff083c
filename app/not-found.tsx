import Link from "next/link";

// Requests outside any locale (rare: the proxy adds one) get a plain bilingual 404.
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>Pagina niet gevonden · Page not found</h1>
          <p>
            <Link href="/nl">Naar de startpagina</Link> · <Link href="/en">Go to the start page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
