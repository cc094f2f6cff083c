import "server-only";
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/platform/env";

export type TMail = {
  to: string;
  subject: string;
  text: string;
  /** The link the message is about (reset or invite), also logged when there is no SMTP server. */
  link?: string;
};

type TTransport = { sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown> };

let transport: Promise<TTransport> | null = null;

async function smtpTransport(url: string): Promise<TTransport> {
  const nodemailer = await import("nodemailer");
  return nodemailer.createTransport(url);
}

/**
 * Sends an e-mail. Without SMTP_URL the app still works: the message and its link
 * are written to the server log, for whoever runs the server to pass on.
 * With MAIL_OUTBOX_DIR (tests) every message is also stored there as a JSON file.
 */
export async function sendMail(mail: TMail): Promise<void> {
  if (env.MAIL_OUTBOX_DIR) writeToOutbox(env.MAIL_OUTBOX_DIR, mail);
  if (!env.SMTP_URL) {
    console.info(
      [`[mail] No SMTP_URL configured; not sent. To: ${mail.to}`, `Subject: ${mail.subject}`, mail.link ? `Link: ${mail.link}` : null]
        .filter(Boolean)
        .join("\n"),
    );
    return;
  }
  transport ??= smtpTransport(env.SMTP_URL);
  await (await transport).sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}

function writeToOutbox(dir: string, mail: TMail) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${randomUUID()}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...mail, sentAt: new Date().toISOString() }, null, 2));
}
