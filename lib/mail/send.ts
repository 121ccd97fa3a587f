import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

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
    console.info(`[e-post utan SMTP] Till: ${mail.to}\nÄmne: ${mail.subject}\n\n${mail.text}`);
    return;
  }
  await smtp.sendMail({ from: env.MAIL_FROM, ...mail });
}
