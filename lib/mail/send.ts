import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

export type Mail = { to: string; subject: string; text: string };

let transporter: Transporter | null = null;

function transport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  transporter ??= nodemailer.createTransport(env.SMTP_URL);
  return transporter;
}

/** Sends through the configured SMTP server; with none configured the mail goes to the server log. */
export async function sendMail(mail: Mail): Promise<void> {
  const smtp = transport();
  if (!smtp) {
    // The one log line with an address in it, on purpose: without SMTP (development, demo) the
    // log is where the sign-in link is read. A real installation sets SMTP_URL (README, Logging).
    log.info(`[e-post utan SMTP] Till: ${mail.to}\nÄmne: ${mail.subject}\n\n${mail.text}`);
    return;
  }
  await smtp.sendMail({ from: env.MAIL_FROM, ...mail });
}
