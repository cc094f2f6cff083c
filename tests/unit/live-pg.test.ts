import { afterAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { subscribeLocal, type TSessionChange } from "@/lib/platform/live-local";
import { LIVE_CHANNEL, parseLivePayload, PgLiveTransport } from "@/lib/platform/live-pg";

/**
 * The PostgreSQL live bus against a real server: runs in `npm run test:unit:postgresql`
 * (WERKBOEK_TEST_DATABASE=postgresql; vitest.config.ts picks this file up by that name),
 * on the server of TEST_DATABASE_URL (any database on it will do, nothing is written).
 */
const url = process.env.WERKBOEK_TEST_DATABASE === "postgresql" || process.env.TEST_DATABASE_URL ? process.env.TEST_DATABASE_URL : undefined;

describe("live bus payloads", () => {
  it("reads back what the app sends and nothing else", () => {
    expect(parseLivePayload("answer:cmabc123")).toEqual({ sessionId: "cmabc123", kind: "answer" });
    expect(parseLivePayload("agreement:s-1_x")).toEqual({ sessionId: "s-1_x", kind: "agreement" });
    for (const bad of [undefined, "", "answer", "resync:abc", "nonsense:abc", "answer:", "answer:a b", `answer:${"x".repeat(41)}`]) {
      expect(parseLivePayload(bad)).toBeNull();
    }
  });
});

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!url)("live bus on PostgreSQL (LISTEN/NOTIFY)", () => {
  const transports: PgLiveTransport[] = [];
  const stops: (() => void)[] = [];
  afterAll(async () => {
    stops.forEach((s) => s());
    await Promise.all(transports.map((t) => t.stop()));
  });

  it("delivers a change published by another process, and reconnects after losing its connection", async () => {
    const transport = new PgLiveTransport(url!);
    transports.push(transport);
    await transport.ready();
    expect(transport.connected()).toBe(true);
    const sessionId = `pg-${Date.now()}`;
    const got: TSessionChange[] = [];
    stops.push(subscribeLocal(sessionId, (c) => got.push(c)));

    // Another process: a plain connection that notifies, as publish() does elsewhere.
    const other = new Client({ connectionString: url });
    await other.connect();
    try {
      await other.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, `answer:${sessionId}`]);
      await until(() => got.length === 1);
      expect(got[0]).toMatchObject({ sessionId, kind: "answer" });

      // Lose the LISTEN connection: listeners hear `resync`, and after the reconnect changes arrive again.
      await other.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()", [`LISTEN ${LIVE_CHANNEL}`]);
      await until(() => got.some((c) => c.kind === "resync"));
      await until(() => transport.connected());
      await other.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, `participant:${sessionId}`]);
      await until(() => got.some((c) => c.kind === "participant"));
      // Garbage on the channel is ignored.
      await other.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, "drop table"]);
    } finally {
      await other.end();
    }
  });

  it("publish() reaches this process's listeners through the database", async () => {
    const transport = new PgLiveTransport(url!);
    transports.push(transport);
    await transport.ready();
    const sessionId = `pg-own-${Date.now()}`;
    const got: TSessionChange[] = [];
    stops.push(subscribeLocal(sessionId, (c) => got.push(c)));
    transport.publish(sessionId, "agreement");
    // Every transport in this test process delivers to the same listeners: at least once.
    await until(() => got.length >= 1);
    expect(got[0]).toMatchObject({ sessionId, kind: "agreement" });
  });
});
