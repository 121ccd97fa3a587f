import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { Mail } from '@/lib/mail/send';
import { mailWords } from '@/lib/mail/templates';

/** The sign-in link, in the language of the account (its stored choice, else the page's where the link was asked for). */
export function magicLinkMail({ to, url, locale = defaultLocale }: { to: string; url: string; locale?: Locale }): Mail {
  const { t } = mailWords(locale);
  return {
    to,
    subject: t('signInLink.subject'),
    text: [
      t('greetingAnonymous'),
      '',
      t('signInLink.asked'),
      t('signInLink.click'),
      '',
      url,
      '',
      t('signInLink.once'),
    ].join('\n'),
  };
}
