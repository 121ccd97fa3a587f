// Certificates anyone can verify (issue 18, part 6), against a real database: the public lookup
// tells valid, revoked and unknown apart and says nothing more; only an administrator of the
// person's own organisation can revoke, with a reason, logged; the person's export lists paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCertificateNo } from '@/lib/certificates/code';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let certificates: typeof import('@/lib/data/certificates');
let revoking: typeof import('@/lib/data/certificate-revoke');
let person: { id: string; organisationId: string; name: string };
let path: { id: string; title: string };

beforeAll(async () => {
  s = await seededDb();
  certificates = await import('@/lib/data/certificates');
  revoking = await import('@/lib/data/certificate-revoke');
  person = await s.db.user.findUniqueOrThrow({
    where: { email: 'medarbetare@sjostad.se' },
    select: { id: true, organisationId: true, name: true },
  });
  path = await s.db.learningPath.findFirstOrThrow({
    where: { audience: 'EMPLOYEE' },
    select: { id: true, title: true },
  });
  const course = await s.db.course.findFirstOrThrow({ where: { slug: 'konsstereotyper' }, select: { id: true } });
  const at = {
    userId: person.id,
    organisationId: person.organisationId,
    completedAt: new Date('2026-11-27T10:00:00Z'),
  };
  await s.db.pathCompletion.create({ data: { ...at, pathId: path.id, certificateNo: newCertificateNo() } });
  await s.db.courseCompletion.create({ data: { ...at, courseId: course.id, certificateNo: 'JP-2025-ABCD1234' } });
});

afterAll(() => s?.close());

describe(`verifying and revoking certificates (${engine})`, () => {
  it('confirms name, path, date and organisation of a valid code, however it is typed, and nothing else', async () => {
    const [completion] = await s.db.pathCompletion.findMany({ where: { userId: person.id, pathId: path.id } });
    const typed = ` ${completion!.certificateNo.toLowerCase().replace('-', ' – ')} `;
    expect(await certificates.verifyCertificate(typed)).toEqual({
      kind: 'path',
      name: person.name,
      title: path.title,
      lang: 'sv',
      completedAt: completion!.completedAt,
      organisationName: 'Sjöstads kommun',
      revokedAt: null,
    });
  });

  it('names the path or course in English for an English reader where it has an English version', async () => {
    const [completion] = await s.db.pathCompletion.findMany({ where: { userId: person.id, pathId: path.id } });
    expect(await certificates.verifyCertificate(completion!.certificateNo, 'en')).toMatchObject({
      title: 'Learning path for employees',
      lang: 'en',
      name: person.name,
    });
    expect(await certificates.verifyCertificate('JP-2025-ABCD1234', 'en')).toMatchObject({
      kind: 'course',
      title: 'Recognise and counter gender stereotypes',
      lang: 'en',
    });
  });

  it('still knows the old 8-digit codes, and answers null for unknown, overlong or odd codes', async () => {
    expect(await certificates.verifyCertificate('JP-2025-ABCD1234')).toMatchObject({ kind: 'course', revokedAt: null });
    for (const code of ['JP-2025-ABCD1235', 'x'.repeat(10_000), "'; DROP TABLE x; --", '', '%%%'])
      expect(await certificates.verifyCertificate(code)).toBeNull();
  });

  it('refuses another organisation’s administrator and a revocation without a reason, saving nothing', async () => {
    const { revokeCertificateSchema } = await import('@/lib/validation/certificates');
    const [completion] = await s.db.pathCompletion.findMany({ where: { userId: person.id } });
    const norrvik = await s.viewer('admin@norrvik.se');
    const audits = () => s.db.auditEvent.count({ where: { action: 'certificate.revoked' } });
    await expect(
      revoking.revokeCertificate(norrvik, { kind: 'path', id: completion!.id, reason: 'Fel person' }),
    ).rejects.toThrow(/finns inte i din organisation/);
    const refused = revokeCertificateSchema.safeParse({ kind: 'path', id: completion!.id, reason: '   ' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('Skriv varför intyget återkallas.');
    expect(revokeCertificateSchema.safeParse({ kind: 'path', id: completion!.id }).success).toBe(false);
    expect((await s.db.pathCompletion.findUniqueOrThrow({ where: { id: completion!.id } })).revokedAt).toBeNull();
    expect(await audits()).toBe(0);
  });

  it('revokes with a reason in the audit log; the code then says revoked, with the date only', async () => {
    const admin = await s.viewer('admin@sjostad.se');
    const [completion] = await s.db.pathCompletion.findMany({ where: { userId: person.id } });
    const now = new Date('2026-05-04T08:00:00Z');
    await revoking.revokeCertificate(admin, { kind: 'path', id: completion!.id, reason: 'Utfärdat av misstag' }, now);
    const verified = await certificates.verifyCertificate(completion!.certificateNo);
    expect(verified?.revokedAt?.getTime()).toBe(now.getTime());
    expect(JSON.stringify(verified)).not.toContain('misstag');
    const log = await s.db.auditEvent.findFirstOrThrow({ where: { action: 'certificate.revoked' } });
    expect(log).toMatchObject({ entityType: 'PathCompletion', entityId: completion!.id, actorId: admin.id });
    expect(JSON.parse(log.after!)).toMatchObject({ reason: 'Utfärdat av misstag' });
    await expect(
      revoking.revokeCertificate(admin, { kind: 'path', id: completion!.id, reason: 'Igen' }),
    ).rejects.toThrow(/redan återkallat/);
    await expect(certificates.getMyPathCompletion(person.id, completion!.pathId)).rejects.toThrow(/återkallat/);
    const listed = await revoking.listPersonCertificates(admin, person.id);
    expect(listed.find((c) => c.id === completion!.id)?.revokedAt).not.toBeNull();
  });

  it('puts path completions in the person’s own data export', async () => {
    const { exportMyData } = await import('@/lib/data/my-data');
    const data = await exportMyData(person.id);
    expect(data.pathCompletions).toEqual([expect.objectContaining({ path: path.title, revokedAt: expect.any(Date) })]);
  });
});
