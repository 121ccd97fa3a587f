import 'server-only';
import { cache } from 'react';
import { normaliseCertificateCode } from '@/lib/certificates/code';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { localizeCourse, localizePath, titleIn } from '@/lib/learning/translations';

// Reads of certificates: the public verification by code, and a person's own path certificate.
// Course certificates for their owner are read in lib/data/my-data.ts (getMyCompletion).

export type CertificateKind = 'course' | 'path';

/** What the public verification page may say: nothing beyond name, what, when and where. */
export type Verification = {
  kind: CertificateKind;
  name: string;
  /** The course's or path's title in the reader's language where it has one; `lang` says which. */
  title: string;
  lang: Locale;
  completedAt: Date;
  organisationName: string;
  revokedAt: Date | null;
};

type Found = {
  userId: string;
  organisationId: string;
  completedAt: Date;
  revokedAt: Date | null;
  item: { title: string; translations: string | null };
};

async function findByCode(code: string): Promise<(Found & { kind: CertificateKind }) | null> {
  const select = { userId: true, organisationId: true, completedAt: true, revokedAt: true } as const;
  const [course, path] = await Promise.all([
    db.courseCompletion.findUnique({
      where: { certificateNo: code },
      select: { ...select, course: { select: { title: true, translations: true } } },
    }),
    db.pathCompletion.findUnique({
      where: { certificateNo: code },
      select: { ...select, path: { select: { title: true, translations: true } } },
    }),
  ]);
  if (course) return { kind: 'course', ...course, item: course.course };
  if (path) return { kind: 'path', ...path, item: path.path };
  return null;
}

/**
 * The certificate a code names, or null for anything else (malformed, unknown, or a person no
 * longer in the register): the page then says the same thing in every such case.
 */
export const verifyCertificate = cache(
  async (raw: string, locale: Locale = defaultLocale): Promise<Verification | null> => {
    const code = normaliseCertificateCode(raw);
    if (!code) return null;
    const found = await findByCode(code);
    if (!found) return null;
    const person = await db.user.findFirst({
      where: { id: found.userId, organisationId: found.organisationId },
      select: { name: true, organisation: { select: { name: true } } },
    });
    if (!person) return null;
    return {
      kind: found.kind,
      name: person.name,
      ...titleIn(found.kind, found.item, locale),
      completedAt: found.completedAt,
      organisationName: person.organisation.name,
      revokedAt: found.revokedAt,
    };
  },
);

/**
 * The signed-in person's certificate for a completed path, with the path's published courses in
 * order; the titles in `locale` where the path and each course have a version in it.
 */
export const getMyPathCompletion = cache(async (userId: string, pathId: string, locale: Locale = defaultLocale) => {
  const completion = await db.pathCompletion.findUnique({
    where: { userId_pathId: { userId, pathId } },
    select: {
      completedAt: true,
      certificateNo: true,
      revokedAt: true,
      path: {
        select: {
          title: true,
          summary: true,
          intro: true,
          translations: true,
          courses: {
            where: { course: { status: 'PUBLISHED' } },
            orderBy: { position: 'asc' },
            select: { course: { select: { title: true, summary: true, translations: true } } },
          },
        },
      },
    },
  });
  if (!completion) throw notFound('Du har inget intyg för den lärvägen ännu.');
  if (completion.revokedAt) throw notFound('Intyget är återkallat och kan inte hämtas.');
  const path = localizePath(completion.path, locale);
  return {
    completedAt: completion.completedAt,
    certificateNo: completion.certificateNo,
    pathTitle: path.title,
    titleLang: path.lang,
    courses: completion.path.courses.map((c) => {
      const { title, lang } = localizeCourse(c.course, locale);
      return { title, lang };
    }),
  };
});
