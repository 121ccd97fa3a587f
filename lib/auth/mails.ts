import type { Mail } from '@/lib/mail/send';

export function magicLinkMail({ to, url }: { to: string; url: string }): Mail {
  return {
    to,
    subject: 'Din inloggningslänk till Jämställdhetsportalen',
    text: [
      'Hej!',
      '',
      'Någon, förhoppningsvis du, bad om en länk för att logga in på Jämställdhetsportalen.',
      'Klicka på länken inom 30 minuter för att logga in:',
      '',
      url,
      '',
      'Länken fungerar en gång. Om du inte bad om den kan du strunta i det här meddelandet.',
    ].join('\n'),
  };
}
