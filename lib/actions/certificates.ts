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
  success: ({ title, person }) =>
    `Intyget för ${title} (${person}) är återkallat. Den som kontrollerar koden får veta det.`,
});
