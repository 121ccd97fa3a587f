'use server';

import { authorize } from '@/lib/auth/guards';
import { revokeCertificate } from '@/lib/data/certificate-revoke';
import { revokeCertificateSchema } from '@/lib/validation/certificates';
import { action } from './action';

export const revokeCertificateAction = action({
  guard: () => authorize('admin:people'),
  schema: revokeCertificateSchema,
  run: (data, { viewer }) => revokeCertificate(viewer, data),
  revalidate: [['/admin', 'layout']],
  success: ({ title, person, pathsRevoked }) =>
    `Intyget för ${title} (${person}) är återkallat. Den som kontrollerar koden får veta det.` +
    (pathsRevoked === 0
      ? ''
      : pathsRevoked === 1
        ? ' Intyget för lärvägen som kursen ingår i är också återkallat.'
        : ` Intygen för de ${pathsRevoked} lärvägar som kursen ingår i är också återkallade.`),
});
