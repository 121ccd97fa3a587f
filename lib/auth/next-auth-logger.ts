import 'server-only';
import type { LoggerInstance } from 'next-auth';
import { requestLogger } from '@/lib/log';
import { InvalidAddress } from './sign-in-link';

// next-auth's own messages go to the portal's log (never the console), with the error object for
// the operator; a refused address is an expected event and is logged without a stack.
function errorOf(metadata: unknown): unknown {
  if (metadata instanceof Error) return metadata;
  return metadata && typeof metadata === 'object' && 'error' in metadata ? metadata.error : undefined;
}

export const nextAuthLogger: Partial<LoggerInstance> = {
  error(code: string, metadata: unknown) {
    const err = errorOf(metadata);
    void requestLogger().then((logger) =>
      err instanceof InvalidAddress
        ? logger.info({ code }, 'Inloggning med en ogiltig e-postadress avvisad')
        : logger.error({ code, err }, 'Inloggningen misslyckades'),
    );
  },
  warn(code: string) {
    void requestLogger().then((logger) => logger.warn({ code }, 'next-auth varnar för inställningarna'));
  },
  debug(code: string) {
    void requestLogger().then((logger) => logger.debug({ code }, 'next-auth'));
  },
};
