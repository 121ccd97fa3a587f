'use server';

import { getTranslations } from 'next-intl/server';
import { authorize } from '@/lib/auth/guards';
import { revokeCertificate } from '@/lib/data/certificate-revoke';
import { revokeCertificateSchema } from '@/lib/validation/certificates';
import { action } from './action';

export const revokeCertificateAction = action({
  guard: () => authorize('admin:people'),
  schema: revokeCertificateSchema,
  run: (data, { viewer }) => revokeCertificate(viewer, data),
  revalidate: [['/admin', 'layout']],
  // Built with the course's and the person's names: in the reader's language here.
  success: async ({ title, person, pathsRevoked }) =>
    (await getTranslations('adminPeople.certificates'))('done', { title, person, paths: pathsRevoked }),
});
