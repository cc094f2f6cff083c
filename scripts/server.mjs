#!/usr/bin/env node
/**
 * The production server (`npm start`, `npm run demo`, the e2e tests): `next start` with
 * one addition. Every request gets the address of the socket it came in on appended to
 * X-Forwarded-For, as a proxy does. `next start` itself sets X-Forwarded-For only when a
 * request has none (node_modules/next/dist/server/base-server.js: `??=`), so whatever a
 * client sent would pass for its address. Now the last entry is always the address that
 * connected; lib/platform/client-address.ts reads back from there as far as TRUST_PROXY
 * allows.
 *
 *   node scripts/server.mjs [-p PORT] [-H HOSTNAME] [--demo]
 *
 * PORT works too (default 3000; all interfaces unless -H). `--demo` (npm run demo) marks
 * the instance as the demo: WERKBOEK_DEMO=1, so the sign-in page shows the demo account's
 * password, and BETTER_AUTH_URL defaults to http://localhost:PORT.
 */
import http from "node:http";
import { appendSocketAddress } from "./forwarded-for.mjs";

function option(short, long) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
}

const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname");
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Invalid port: ${port}`);
  process.exit(1);
}

// As `next start` does; set before Next.js and React are loaded.
process.env.NODE_ENV ??= "production";
process.env.PORT = String(port);
if (process.argv.includes("--demo")) {
  process.env.WERKBOEK_DEMO = "1";
  process.env.BETTER_AUTH_URL ||= `http://localhost:${port}`;
}
const { default: next } = await import("next");
const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers["x-forwarded-for"] = appendSocketAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress);
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`Werkboek listening on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Open live streams would keep close() waiting: stop them after a moment.
    setTimeout(() => process.exit(0), 2000).unref();
    server.closeAllConnections?.();
  });
}
