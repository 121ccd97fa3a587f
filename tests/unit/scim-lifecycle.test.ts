// Guards what happens to a person after the provider deletes them (RFC 7644 3.6: gone for SCIM,
// kept with their history in the portal) and how they come back: by an administrator, by the HR
// file, or by the provider creating them again with its own id, never by someone who was given the
// leaver's address. And group changes of several people at once, also two overlapping ones, which
// on PostgreSQL lock the same people and must not wait on each other.
import { describe, expect, it } from 'vitest';
import { parseStaffCsv } from '@/lib/import/parse';
import { errorShape, PATCH, scimPerson, scimFixture, userShape } from '../support/scim-client';
import { engine } from '../support/test-db';

const fx = scimFixture();
const { scim } = fx;

async function createdAndDeleted(email: string, externalId = `entra-${email}`) {
  const created = userShape.parse((await scim('POST', '/Users', scimPerson(email, { externalId }))).body);
  const before = await fx.db.user.findUniqueOrThrow({ where: { id: created.id } });
  expect((await scim('DELETE', `/Users/${created.id}`)).status).toBe(204);
  const after = await fx.db.user.findUniqueOrThrow({ where: { id: created.id } });
  // Open sessions end at once, as for any deactivation.
  expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
  expect((await scim('GET', `/Users/${created.id}`)).status).toBe(404);
  return created.id;
}

describe(`a person the provider deleted (${engine})`, () => {
  it('is found by SCIM again once an administrator reactivates them', async () => {
    const id = await createdAndDeleted('ater.admin@sjostad.se');
    const { setPersonActive } = await import('@/lib/data/admin-people-write');
    await setPersonActive(await fx.viewer('admin@sjostad.se'), id, true);
    const back = await scim('GET', `/Users/${id}`);
    expect(back.status).toBe(200);
    expect(userShape.parse(back.body).active).toBe(true);
    const listed = await scim('GET', `/Users?filter=userName eq "ater.admin@sjostad.se"`);
    expect(listed.body.totalResults).toBe(1);
  });

  it('is found by SCIM again once the HR file has them on staff', async () => {
    const id = await createdAndDeleted('ater.import@sjostad.se');
    const admin = await fx.viewer('admin@sjostad.se');
    const data = await import('@/lib/data/admin-import');
    const parsed = parseStaffCsv(
      'Namn;E-post;Enhet;Målgrupp;Kön;Chef\nÅter Import;ater.import@sjostad.se;Utbildningsförvaltningen/Förskola;medarbetare;;nej',
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const request = { rows: parsed.rows, parseErrors: parsed.errors, fullImport: false };
    const preview = await data.previewImport(admin, request);
    await data.applyImport(admin, { ...request, digest: preview.digest });
    expect(await fx.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true, scimDeletedAt: null });
    expect((await scim('GET', `/Users/${id}`)).status).toBe(200);
  });

  it('comes back when the provider creates them again with its id, the same person with their history', async () => {
    const id = await createdAndDeleted('ater.scim@sjostad.se', 'entra-objekt-ater');
    const again = await scim('POST', '/Users', scimPerson('ater.nytt@sjostad.se', { externalId: 'entra-objekt-ater' }));
    expect(again.status).toBe(201);
    expect(userShape.parse(again.body)).toMatchObject({ id, userName: 'ater.nytt@sjostad.se', active: true });
    // The same POST again finds the person there already: a conflict, not a second return.
    const twice = await scim('POST', '/Users', scimPerson('ater.nytt@sjostad.se', { externalId: 'entra-objekt-ater' }));
    expect(twice.status).toBe(409);
    expect(errorShape.parse(twice.body).scimType).toBe('uniqueness');
  });

  it('is not handed to someone new who was given the leaver’s address', async () => {
    const id = await createdAndDeleted('lamnat@sjostad.se', 'entra-objekt-lamnat');
    const newcomer = await scim('POST', '/Users', scimPerson('lamnat@sjostad.se', { externalId: 'entra-objekt-ny' }));
    expect(newcomer.status).toBe(409);
    expect(errorShape.parse(newcomer.body).scimType).toBe('uniqueness');
    expect(await fx.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      externalId: 'entra-objekt-lamnat',
      active: false,
    });
  });

  it('is not brought back by another organisation’s provider using the same id', async () => {
    const id = await createdAndDeleted('annan.org@sjostad.se', 'entra-objekt-delat');
    const other = await scim(
      'POST',
      '/Users',
      scimPerson('delat@norrvik.se', {
        externalId: 'entra-objekt-delat',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {},
      }),
      fx.norrvikToken,
    );
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(id);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id } })).active).toBe(false);
  });

  it('cannot be added to a group', async () => {
    const id = await createdAndDeleted('grupp.borta@sjostad.se');
    const forskola = await fx.db.orgUnit.findFirstOrThrow({ where: { name: 'Förskola' } });
    const refused = await scim('PATCH', `/Groups/${forskola.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'add', path: 'members', value: [{ value: id }] }],
    });
    expect(refused.status).toBe(400);
    expect(errorShape.parse(refused.body).scimType).toBe('invalidValue');
  });
});

describe(`group changes of several people (${engine})`, () => {
  it('moves everyone of one request, and two overlapping requests both finish', async () => {
    const ids = [];
    for (const email of ['grupp.ett@sjostad.se', 'grupp.tva@sjostad.se', 'grupp.tre@sjostad.se'])
      ids.push(userShape.parse((await scim('POST', '/Users', scimPerson(email))).body).id);
    const forskola = await fx.db.orgUnit.findFirstOrThrow({ where: { name: 'Förskola' } });
    const grundskola = await fx.db.orgUnit.findFirstOrThrow({ where: { name: 'Grundskola' } });
    const add = (unit: string, members: string[]) =>
      scim('PATCH', `/Groups/${unit}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Add', path: 'members', value: members.map((value) => ({ value })) }],
      });

    const one = await add(grundskola.id, ids);
    expect(one.status).toBe(200);
    expect(await fx.db.user.count({ where: { id: { in: ids }, unitId: grundskola.id } })).toBe(3);

    // The same people in opposite orders, at the same moment.
    const [a, b] = await Promise.all([add(forskola.id, ids), add(grundskola.id, [...ids].reverse())]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const units = await fx.db.user.findMany({ where: { id: { in: ids } }, select: { unitId: true } });
    // One request committed after the other: everyone ends in the same unit.
    expect(new Set(units.map((u) => u.unitId)).size).toBe(1);
  });
});

describe(`an administrator and the provider changing one person (${engine})`, () => {
  it('refuses the administrator’s save over a change the provider made after the form was opened', async () => {
    const created = userShape.parse((await scim('POST', '/Users', scimPerson('bada.sidor@sjostad.se'))).body);
    const admin = await fx.viewer('admin@sjostad.se');
    const { getPersonForAdmin } = await import('@/lib/data/admin-people');
    const { updatePerson } = await import('@/lib/data/admin-people-write');
    const opened = await getPersonForAdmin(admin, created.id);
    const form = {
      name: opened.name,
      email: opened.email,
      employeeNumber: opened.employeeNumber,
      role: 'MANAGER' as const,
      audience: 'EMPLOYEE' as const,
      unitId: opened.unitId,
      gender: null,
    };
    await new Promise((resolve) => setTimeout(resolve, 5));
    await scim('PATCH', `/Users/${created.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'Replace', path: 'displayName', value: 'Båda Sidor Nyare' }],
    });
    await expect(updatePerson(admin, created.id, form, { version: opened.version })).rejects.toThrow(
      /Någon annan har ändrat personen/,
    );
    expect(await fx.db.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      name: 'Båda Sidor Nyare',
      role: 'EMPLOYEE',
    });
    const reopened = await getPersonForAdmin(admin, created.id);
    await updatePerson(admin, created.id, { ...form, name: reopened.name }, { version: reopened.version });
    expect(await fx.db.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      name: 'Båda Sidor Nyare',
      role: 'MANAGER',
    });
  });
});
