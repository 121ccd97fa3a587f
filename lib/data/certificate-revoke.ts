import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { conflict, notFound } from '@/lib/errors';
import type { RevokeCertificate } from '@/lib/validation/certificates';
import { recordAudit } from './audit';
import type { CertificateKind } from './certificates';

// Administrators revoke a certificate (a course's or a path's) that should not have been given,
// with a reason kept in the audit log. The public verification page then says it is revoked (with
// the date, never the reason), and the owner can no longer download it. Every query is scoped to
// the administrator's organisation: another organisation's certificate is simply not found.

export type PersonCertificate = {
  kind: CertificateKind;
  id: string;
  title: string;
  completedAt: Date;
  certificateNo: string;
  revokedAt: Date | null;
};

/** A person's certificates (courses and paths), newest first, for their admin page. */
export const listPersonCertificates = cache(async (viewer: Viewer, personId: string): Promise<PersonCertificate[]> => {
  const where = { userId: personId, organisationId: viewer.organisationId };
  const select = { id: true, completedAt: true, certificateNo: true, revokedAt: true } as const;
  const [courses, paths] = await Promise.all([
    db.courseCompletion.findMany({ where, select: { ...select, course: { select: { title: true } } } }),
    db.pathCompletion.findMany({ where, select: { ...select, path: { select: { title: true } } } }),
  ]);
  return [
    ...paths.map(({ path, ...c }) => ({ kind: 'path' as const, ...c, title: path.title })),
    ...courses.map(({ course, ...c }) => ({ kind: 'course' as const, ...c, title: course.title })),
  ].sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime());
});

/** Revokes one certificate; refused (nothing saved) for another organisation's or one already revoked. */
export async function revokeCertificate(viewer: Viewer, input: RevokeCertificate, now = new Date()) {
  return db.$transaction(async (tx) => {
    const where = { id: input.id, organisationId: viewer.organisationId };
    const select = { id: true, userId: true, certificateNo: true, revokedAt: true } as const;
    const found =
      input.kind === 'course'
        ? await tx.courseCompletion
            .findFirst({ where, select: { ...select, course: { select: { id: true, title: true } } } })
            .then((c) => c && { ...c, title: c.course.title, courseId: c.course.id })
        : await tx.pathCompletion
            .findFirst({ where, select: { ...select, path: { select: { title: true } } } })
            .then((c) => c && { ...c, title: c.path.title, courseId: null });
    if (!found) throw notFound('Intyget finns inte i din organisation. Inget har sparats.');
    if (found.revokedAt) throw conflict('Intyget är redan återkallat.');
    const person = await tx.user.findFirst({
      where: { id: found.userId, organisationId: viewer.organisationId },
      select: { name: true },
    });
    if (!person) throw notFound('Intyget finns inte i din organisation. Inget har sparats.');
    // Only while not revoked: of two administrators at once, the second is told it already is.
    const update = {
      where: { id: found.id, revokedAt: null },
      data: { revokedAt: now, revokedById: viewer.id, revokeReason: input.reason },
    };
    const { count } =
      input.kind === 'course'
        ? await tx.courseCompletion.updateMany(update)
        : await tx.pathCompletion.updateMany(update);
    if (count === 0) throw conflict('Intyget är redan återkallat.');
    // A path certificate rests on its courses' certificates: it goes with any of them.
    const paths = found.courseId
      ? await tx.pathCompletion.updateMany({
          where: {
            userId: found.userId,
            organisationId: viewer.organisationId,
            revokedAt: null,
            path: { courses: { some: { courseId: found.courseId } } },
          },
          data: {
            revokedAt: now,
            revokedById: viewer.id,
            revokeReason: `Kursintyget för ${found.title} återkallades: ${input.reason}`,
          },
        })
      : { count: 0 };
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'certificate.revoked',
        entityType: input.kind === 'course' ? 'CourseCompletion' : 'PathCompletion',
        entityId: found.id,
        after: {
          title: found.title,
          person: person.name,
          certificateNo: found.certificateNo,
          reason: input.reason,
          ...(paths.count > 0 ? { pathCertificatesRevoked: paths.count } : {}),
        },
      },
      tx,
    );
    return { title: found.title, person: person.name, pathsRevoked: paths.count };
  });
}
