import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DEV_AUTH_SECRET, readOrCreateSecret, resolveAuthSecret } from "@/lib/platform/env-auth-secret";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-auth-env-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the auth secret", () => {
  it("uses BETTER_AUTH_SECRET when it is set", () => {
    vi.stubEnv("BETTER_AUTH_SECRET", "x".repeat(40));
    expect(resolveAuthSecret("production")).toBe("x".repeat(40));
    vi.unstubAllEnvs();
  });

  it("falls back to a fixed development secret outside production", () => {
    vi.stubEnv("BETTER_AUTH_SECRET", "");
    expect(resolveAuthSecret("test")).toBe(DEV_AUTH_SECRET);
    vi.unstubAllEnvs();
  });

  it("generates a random secret once in production and keeps it", () => {
    const file = path.join(dir, "nested", "secret");
    const first = readOrCreateSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(first).not.toBe(DEV_AUTH_SECRET);
    expect(readOrCreateSecret(file)).toBe(first);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(readOrCreateSecret(path.join(dir, "other"))).not.toBe(first);
  });
});

describe("sendMail without SMTP", () => {
  it("logs the link and writes the message to MAIL_OUTBOX_DIR", async () => {
    const outbox = path.join(dir, "outbox");
    vi.stubEnv("MAIL_OUTBOX_DIR", outbox);
    vi.stubEnv("SMTP_URL", "");
    vi.resetModules();
    const { sendMail } = await import("@/lib/platform/mail");
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await sendMail({ to: "a@b.nl", subject: "Onderwerp", text: "Tekst https://x/y", link: "https://x/y" });
    expect(info.mock.calls.flat().join("\n")).toContain("Link: https://x/y");
    const files = fs.readdirSync(outbox);
    expect(files).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(outbox, files[0]!), "utf8"))).toMatchObject({
      to: "a@b.nl",
      subject: "Onderwerp",
      link: "https://x/y",
    });
    info.mockRestore();
    vi.unstubAllEnvs();
  });
});

describe("mailed links", () => {
  it("require the public URL when e-mail is really sent, so no request header can choose a link's address", async () => {
    vi.stubEnv("SMTP_URL", "smtp://mail.example.org:587");
    vi.stubEnv("BETTER_AUTH_URL", "");
    vi.resetModules();
    await expect(import("@/lib/platform/env")).rejects.toThrow(/BETTER_AUTH_URL is required when SMTP_URL is set/);
    vi.stubEnv("BETTER_AUTH_URL", "https://werkboek.example.org");
    vi.resetModules();
    const { env } = await import("@/lib/platform/env");
    expect(env.BETTER_AUTH_URL).toBe("https://werkboek.example.org");
    vi.unstubAllEnvs();
    vi.resetModules();
  });
});

describe("scripts that only reach the database", () => {
  it("do not read the auth secret: `npm run data:purge` prints no warning about it (cron's stderr stays clean)", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("BETTER_AUTH_SECRET", "");
    vi.resetModules();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { purgeExpiredSessions } = await import("@/lib/data/purge");
    const report = await purgeExpiredSessions(new Date());
    expect(report.failed).toEqual([]);
    expect(warn.mock.calls.flat().join("\n")).not.toContain("BETTER_AUTH_SECRET");
    warn.mockRestore();
    vi.unstubAllEnvs();
    vi.resetModules();
  });
});
