'use server';

import { getLocale } from 'next-intl/server';
import { anyone, action } from './action';
import { orgProviderId, providerForAddress } from '@/lib/data/identity-providers';
import { signInErrorMessage, WORK_ACCOUNT_BROKEN } from '@/lib/auth/sign-in-errors';
import { entraEnabled } from '@/lib/env';
import { invalid } from '@/lib/errors';
import { log } from '@/lib/log';
import { magicLinkSchema } from '@/lib/validation/auth';

export type WorkAccount = { providerId: string; label: string };

// The sign-in page asks which work account an address signs in with: its organisation's own
// provider by the address's domain, else the installation's Entra ID when that is configured.
export const findWorkAccountAction = action<null, typeof magicLinkSchema, WorkAccount, WorkAccount>({
  guard: anyone,
  schema: magicLinkSchema,
  run: async ({ email }) => {
    const provider = await providerForAddress(email);
    if (provider?.usable) return { providerId: orgProviderId(provider.id), label: provider.label };
    if (provider) {
      // The secret was sealed under another key: a button would only lead to the same message.
      // A warning, not an error: anyone can ask, and the administrator's page says it where it is mended.
      log.warn({ providerId: provider.id }, 'identity provider secret cannot be decrypted with this installation key');
      throw invalid(signInErrorMessage(WORK_ACCOUNT_BROKEN, await getLocale()));
    }
    if (entraEnabled) return { providerId: 'azure-ad', label: 'Logga in med Microsoft' };
    throw invalid(
      'Din organisation har ingen inloggning med jobbkonto i portalen. Logga in med lösenord eller med en länk i e-post.',
    );
  },
  // The address stays in the field, and goes to the provider as a hint.
  success: (found, _, { values }) => ({ data: found, values }),
});
