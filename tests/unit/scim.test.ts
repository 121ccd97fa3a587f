// Guards SCIM provisioning (RFC 7643/7644) as Entra ID's provisioning drives it: a cycle of
// lookups, creates, PATCHes in Entra's dialect, replace and delete, each answer checked against
// SCIM's shapes; and the refusals: no or revoked token, another organisation's person, a bad
// filter, unknown attributes and paths, a unit of another organisation, a taken address.
import { describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';

import {
  ENTERPRISE,
  errorShape,
  listShape,
  PATCH,
  scimPerson as person,
  scimFixture,
  userShape,
} from '../support/scim-client';

const fx = scimFixture();
const { scim } = fx;

describe(`SCIM provisioning (${engine})`, () => {
  it('follows an Entra ID provisioning cycle: look up, create, update, deactivate, reactivate, replace, delete', async () => {
    const address = 'stina.scim@sjostad.se';
    const none = await scim('GET', `/Users?filter=${encodeURIComponent(`userName eq "${address}"`)}`);
    expect(listShape.parse(none.body).totalResults).toBe(0);
    expect(none.type).toContain('application/scim+json');

    const created = await scim('POST', '/Users', person(address));
    expect(created.status).toBe(201);
    const stina = userShape.parse(created.body);
    expect(created.body[ENTERPRISE].department).toBe('Utbildningsförvaltningen/Förskola');
    expect(await fx.db.user.findUniqueOrThrow({ where: { id: stina.id } })).toMatchObject({
      email: address,
      name: 'Stina Scim',
      externalId: `entra-${address}`,
      role: 'EMPLOYEE',
      active: true,
    });

    const found = listShape.parse((await scim('GET', `/Users?filter=userName+eq+"${address}"`)).body);
    expect(found.Resources.map((r) => r.id)).toEqual([stina.id]);

    // Entra's dialect: capitalised ops, a filtered path, the extension by its full name.
    const moved = await scim('PATCH', `/Users/${stina.id}`, {
      schemas: [PATCH],
      Operations: [
        { op: 'Replace', path: 'displayName', value: 'Stina Scimsson' },
        { op: 'Replace', path: `${ENTERPRISE}:department`, value: 'Vård- och omsorgsförvaltningen/Hemtjänst' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'stina.scimsson@sjostad.se' },
      ],
    });
    expect(moved.status).toBe(200);
    expect(userShape.parse(moved.body)).toMatchObject({
      displayName: 'Stina Scimsson',
      userName: 'stina.scimsson@sjostad.se',
    });
    const row = await fx.db.user.findUniqueOrThrow({ where: { id: stina.id }, include: { unit: true } });
    expect(row).toMatchObject({ name: 'Stina Scimsson', email: 'stina.scimsson@sjostad.se' });
    expect(row.unit?.name).toBe('Hemtjänst');

    const off = await scim('PATCH', `/Users/${stina.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(off.body.active).toBe(false);
    const deactivated = await fx.db.user.findUniqueOrThrow({ where: { id: stina.id } });
    expect(deactivated.active).toBe(false);
    expect(deactivated.sessionVersion).toBeGreaterThan(row.sessionVersion);

    const on = await scim('PATCH', `/Users/${stina.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', value: { active: true } }],
    });
    expect(on.body.active).toBe(true);

    const replaced = await scim(
      'PUT',
      `/Users/${stina.id}`,
      person('stina.scimsson@sjostad.se', { displayName: 'Stina S.' }),
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body[ENTERPRISE].department).toBe('Utbildningsförvaltningen/Förskola');

    expect((await scim('DELETE', `/Users/${stina.id}`)).status).toBe(204);
    const kept = await fx.db.user.findUniqueOrThrow({ where: { id: stina.id } });
    expect(kept.active).toBe(false);
    const actions = await fx.db.auditEvent.findMany({ where: { entityId: stina.id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['person.create', 'person.update', 'person.deactivate', 'person.reactivate']),
    );

    // After a DELETE the person is gone for SCIM (RFC 7644 3.6), though kept with their history.
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: true }] }],
      ['PUT', person('stina.scimsson@sjostad.se')],
      ['DELETE', undefined],
    ] as const) {
      const gone = await scim(method, `/Users/${stina.id}`, body);
      expect(gone.status, method).toBe(404);
      errorShape.parse(gone.body);
    }
    expect(await fx.db.user.findUniqueOrThrow({ where: { id: stina.id } })).toMatchObject({ active: false });
    expect(await fx.db.auditEvent.count({ where: { entityId: stina.id, action: 'person.scimDelete' } })).toBe(1);
    const afterDelete = await scim('GET', `/Users?filter=userName eq "stina.scimsson@sjostad.se"`);
    expect(listShape.parse(afterDelete.body).totalResults).toBe(0);

    // Created again by the provider, the same person comes back (one history), active again.
    const again = await scim('POST', '/Users', person('stina.scimsson@sjostad.se'));
    expect(again.status).toBe(201);
    expect(userShape.parse(again.body)).toMatchObject({ id: stina.id, active: true });
    expect((await scim('GET', `/Users/${stina.id}`)).status).toBe(200);
  });

  it('lets parallel requests about one person each build on what the other wrote', async () => {
    const created = userShape.parse((await scim('POST', '/Users', person('parallell@sjostad.se'))).body);
    // Entra sends its operations for one person in parallel: a name change and a move at the same
    // moment. Each PATCH applies to the person as they are when it runs, so both changes stay.
    const [renamed, moved] = await Promise.all([
      scim('PATCH', `/Users/${created.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'displayName', value: 'Parallell Namnbytt' }],
      }),
      scim('PATCH', `/Users/${created.id}`, {
        schemas: [PATCH],
        Operations: [
          { op: 'Replace', path: `${ENTERPRISE}:department`, value: 'Vård- och omsorgsförvaltningen/Hemtjänst' },
        ],
      }),
    ]);
    expect([renamed.status, moved.status]).toEqual([200, 200]);
    const row = await fx.db.user.findUniqueOrThrow({ where: { id: created.id }, include: { unit: true } });
    expect(row.name).toBe('Parallell Namnbytt');
    expect(row.unit?.name).toBe('Hemtjänst');
  });

  it('creates a person the provider sends inactive in one write, recorded once', async () => {
    const inactive = await scim('POST', '/Users', person('inaktiv.scim@sjostad.se', { active: false }));
    expect(inactive.status).toBe(201);
    const row = await fx.db.user.findUniqueOrThrow({ where: { email: 'inaktiv.scim@sjostad.se' } });
    expect(row.active).toBe(false);
    const events = await fx.db.auditEvent.findMany({ where: { entityId: row.id }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(['person.create']);
  });

  it('finds a person the HR import made, and binds the provider’s id to them', async () => {
    const list = listShape.parse((await scim('GET', `/Users?filter=userName eq "medarbetare@sjostad.se"`)).body);
    expect(list.totalResults).toBe(1);
    const id = list.Resources[0]!.id;
    const bound = await scim('PATCH', `/Users/${id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'add', path: 'externalId', value: 'entra-object-1' }],
    });
    expect(bound.body.externalId).toBe('entra-object-1');
    const byExternal = listShape.parse((await scim('GET', `/Users?filter=externalId eq "entra-object-1"`)).body);
    expect(byExternal.Resources.map((r) => r.id)).toEqual([id]);
  });

  it('pages through the organisation’s people only', async () => {
    const all = listShape.parse((await scim('GET', '/Users?count=100')).body);
    const sjostad = await fx.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } });
    expect(all.totalResults).toBe(
      await fx.db.user.count({ where: { organisationId: sjostad.id, erasedAt: null, scimDeletedAt: null } }),
    );
    const second = listShape.parse((await scim('GET', '/Users?startIndex=2&count=1')).body);
    expect(second).toMatchObject({ startIndex: 2, itemsPerPage: 1 });
    expect(second.Resources[0]!.id).toBe(all.Resources[1]!.id);
  });

  it('answers without a valid token, and for another organisation’s people, in SCIM’s error format', async () => {
    const medarbetare = await fx.db.user.findUniqueOrThrow({ where: { email: 'medarbetare@sjostad.se' } });
    for (const bearer of [null, 'scim_fel-nyckel-som-inte-finns']) {
      const refused = await scim('GET', '/Users', undefined, bearer);
      expect(refused.status).toBe(401);
      errorShape.parse(refused.body);
    }
    const other = await scim('GET', `/Users/${medarbetare.id}`, undefined, fx.norrvikToken);
    expect(other.status).toBe(404);
    const otherPatch = await scim(
      'PATCH',
      `/Users/${medarbetare.id}`,
      { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] },
      fx.norrvikToken,
    );
    expect(otherPatch.status).toBe(404);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: medarbetare.id } })).active).toBe(true);
    const norrvikList = listShape.parse((await scim('GET', '/Users', undefined, fx.norrvikToken)).body);
    expect(norrvikList.Resources.every((r) => r.userName.endsWith('@norrvik.se'))).toBe(true);
  });

  it('refuses bad requests with their scimType, and changes nothing', async () => {
    const medarbetare = await fx.db.user.findUniqueOrThrow({ where: { email: 'medarbetare@sjostad.se' } });
    const cases: [string, string, unknown, number, string][] = [
      ['GET', '/Users?filter=userName co "a"', undefined, 400, 'invalidFilter'],
      ['GET', '/Users?filter=password eq "a"', undefined, 400, 'invalidFilter'],
      ['POST', '/Users', person('ny@sjostad.se', { favoriteColour: 'blå' }), 400, 'invalidSyntax'],
      ['POST', '/Users', person('ny@sjostad.se', { schemas: ['urn:example:custom'] }), 400, 'invalidSyntax'],
      [
        'POST',
        '/Users',
        person('ny@sjostad.se', { [ENTERPRISE]: { department: 'Vårdcentralen Norr' } }),
        400,
        'invalidValue',
      ],
      ['POST', '/Users', person('medarbetare@sjostad.se', { externalId: 'annan' }), 409, 'uniqueness'],
      ['POST', '/Users', person('admin@norrvik.se', { externalId: 'annan2' }), 409, 'uniqueness'],
      ['POST', '/Users', '{"userName": ', 400, 'invalidSyntax'],
      ['POST', '/Users', { userName: 'inte-en-adress' }, 400, 'invalidValue'],
      [
        'PATCH',
        `/Users/${medarbetare.id}`,
        { schemas: [PATCH], Operations: [{ op: 'replace', path: 'favoriteColour', value: 'x' }] },
        400,
        'invalidPath',
      ],
      [
        'PATCH',
        `/Users/${medarbetare.id}`,
        { schemas: [PATCH], Operations: [{ op: 'move', path: 'active', value: 'x' }] },
        400,
        'invalidSyntax',
      ],
      ['PATCH', `/Users/${medarbetare.id}`, { schemas: [PATCH], Operations: [{ op: 'remove' }] }, 400, 'noTarget'],
      // A PATCH that would put the person in another organisation's unit.
      [
        'PATCH',
        `/Users/${medarbetare.id}`,
        {
          schemas: [PATCH],
          Operations: [{ op: 'replace', path: `${ENTERPRISE}:department`, value: 'Hälso- och sjukvårdsförvaltningen' }],
        },
        400,
        'invalidValue',
      ],
    ];
    const before = await fx.db.user.findUniqueOrThrow({ where: { id: medarbetare.id } });
    const people = await fx.db.user.count();
    for (const [method, path, body, status, scimType] of cases) {
      const answer = await scim(method, path, body);
      expect([answer.status, answer.body?.scimType], `${method} ${path}`).toEqual([status, scimType]);
      expect(errorShape.parse(answer.body).detail).not.toMatch(/prisma|stack|Error:/i);
    }
    expect(await fx.db.user.count()).toBe(people);
    expect(await fx.db.user.findUniqueOrThrow({ where: { id: medarbetare.id } })).toEqual(before);
  });

  it('stops answering a token once it is revoked', async () => {
    const { createScimToken, revokeScimToken, listScimTokens } = await import('@/lib/data/scim-tokens');
    const admin = await fx.viewer('admin@sjostad.se');
    const short = await createScimToken(admin, 'Tillfällig');
    expect((await scim('GET', '/Users?count=1', undefined, short)).status).toBe(200);
    const row = await fx.db.scimToken.findFirstOrThrow({ where: { name: 'Tillfällig' } });
    expect(row.tokenHash).not.toContain(short);
    await revokeScimToken(admin, row.id);
    expect((await scim('GET', '/Users?count=1', undefined, short)).status).toBe(401);
    const norrvikAdmin = await fx.viewer('admin@norrvik.se');
    await expect(
      revokeScimToken(
        norrvikAdmin,
        (await fx.db.scimToken.findFirstOrThrow({ where: { name: 'Entra ID', organisation: { slug: 'sjostad' } } })).id,
      ),
    ).rejects.toThrow('Nyckeln finns inte.');
    expect((await listScimTokens(norrvikAdmin)).every((t) => t.name === 'Entra ID')).toBe(true);
  });

  it('treats units as groups: found by name, members moved in and out, nothing else changed by a provider', async () => {
    const found = await scim(
      'GET',
      `/Groups?filter=${encodeURIComponent('displayName eq "Förskola"')}&excludedAttributes=members`,
    );
    expect(found.status).toBe(200);
    expect(found.body.totalResults).toBe(1);
    const group = found.body.Resources[0];
    expect(group).toMatchObject({ displayName: 'Utbildningsförvaltningen/Förskola' });
    expect(group.members).toBeUndefined();

    const person = await fx.db.user.findUniqueOrThrow({ where: { email: 'medarbetare@sjostad.se' } });
    const added = await scim('PATCH', `/Groups/${group.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'Add', path: 'members', value: [{ value: person.id }] }],
    });
    expect(added.status).toBe(200);
    expect(added.body.members.map((m: { value: string }) => m.value)).toContain(person.id);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: person.id } })).unitId).toBe(group.id);

    const removed = await scim('PATCH', `/Groups/${group.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'Remove', path: `members[value eq "${person.id}"]` }],
    });
    expect(removed.status).toBe(200);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: person.id } })).unitId).toBeNull();

    // A removal from a unit the person has already left does not take them out of their new one.
    const grundskola = await fx.db.orgUnit.findFirstOrThrow({ where: { name: 'Grundskola' } });
    await scim('PATCH', `/Groups/${grundskola.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'add', path: 'members', value: [{ value: person.id }] }],
    });
    await scim('PATCH', `/Groups/${group.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'remove', path: 'members', value: [{ value: person.id }] }],
    });
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: person.id } })).unitId).toBe(grundskola.id);
  });

  it('refuses group changes a provider may not make, and another organisation’s people and units', async () => {
    const forskola = await fx.db.orgUnit.findFirstOrThrow({ where: { name: 'Förskola' } });
    const norrvikPerson = await fx.db.user.findUniqueOrThrow({ where: { email: 'admin@norrvik.se' } });
    const cases: [string, string, unknown, number, string | undefined, string?][] = [
      ['POST', '/Groups', { displayName: 'Alla medarbetare' }, 400, 'invalidValue'],
      ['POST', '/Groups', { displayName: 'Förskola' }, 409, 'uniqueness'],
      ['DELETE', `/Groups/${forskola.id}`, undefined, 400, 'mutability'],
      [
        'PATCH',
        `/Groups/${forskola.id}`,
        { schemas: [PATCH], Operations: [{ op: 'replace', path: 'displayName', value: 'X' }] },
        400,
        'mutability',
      ],
      [
        'PATCH',
        `/Groups/${forskola.id}`,
        { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [{ value: norrvikPerson.id }] }] },
        400,
        'invalidValue',
      ],
      ['GET', `/Groups/${forskola.id}`, undefined, 404, undefined, fx.norrvikToken],
      ['GET', '/Groups?filter=members eq "x"', undefined, 400, 'invalidFilter'],
    ];
    for (const [method, path, body, status, scimType, bearer] of cases) {
      const answer = await scim(method, path, body, bearer ?? fx.token);
      expect([answer.status, answer.body?.scimType], `${method} ${path}`).toEqual([status, scimType]);
    }
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: norrvikPerson.id } })).unitId).not.toBe(forskola.id);
    expect(await fx.db.orgUnit.findUnique({ where: { id: forskola.id } })).not.toBeNull();
  });

  it('gives new and changed people the audience from the attribute the organisation chose, and refuses unknown words', async () => {
    const { setScimMapping } = await import('@/lib/data/scim-tokens');
    const admin = await fx.viewer('admin@sjostad.se');
    await setScimMapping(admin, { unit: 'department', audience: 'userType' });
    try {
      const chef = await scim('POST', '/Users', person('ny.chef@sjostad.se', { userType: 'Chef' }));
      expect(chef.status).toBe(201);
      expect((await fx.db.user.findUniqueOrThrow({ where: { id: chef.body.id } })).audience).toBe('MANAGER');
      const changed = await scim('PATCH', `/Users/${chef.body.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: 'userType', value: 'förtroendevald' }],
      });
      expect(changed.status).toBe(200);
      expect((await fx.db.user.findUniqueOrThrow({ where: { id: chef.body.id } })).audience).toBe('POLITICIAN');
      const unknown = await scim('POST', '/Users', person('ny.konsult@sjostad.se', { userType: 'Konsult' }));
      expect([unknown.status, unknown.body.scimType]).toEqual([400, 'invalidValue']);
      expect(unknown.body.detail).toContain('Målgruppen "Konsult" är okänd');
      expect(await fx.db.user.findUnique({ where: { email: 'ny.konsult@sjostad.se' } })).toBeNull();
    } finally {
      await setScimMapping(admin, { unit: 'department', audience: null });
    }
    // Without the mapping the attribute is accepted and ignored.
    const plain = await scim('POST', '/Users', person('ny.utan@sjostad.se', { userType: 'Konsult' }));
    expect(plain.status).toBe(201);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: plain.body.id } })).audience).toBe('EMPLOYEE');
  });

  it('takes the attributes of Entra’s default mapping, clears what a PATCH removes, and writes as SCIM, not as the token’s maker', async () => {
    const created = await scim('POST', '/Users', person('ny.telefon@sjostad.se'));
    const id = created.body.id as string;
    const phone = await scim('PATCH', `/Users/${id}`, {
      schemas: [PATCH],
      Operations: [
        { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: '08-123 45' },
        { op: 'Replace', path: 'preferredLanguage', value: 'sv-SE' },
        { op: 'Remove', path: `${ENTERPRISE}:department` },
        { op: 'Remove', path: 'externalId' },
      ],
    });
    expect(phone.status).toBe(200);
    expect(await fx.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ unitId: null, externalId: null });
    const events = await fx.db.auditEvent.findMany({ where: { entityId: id }, select: { actorId: true, after: true } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.actorId === null && JSON.parse(e.after ?? '{}').source === 'scim')).toBe(true);

    // The administrator who made the token can be deprovisioned with it like anyone else.
    const admin = await fx.db.user.findUniqueOrThrow({ where: { email: 'admin@sjostad.se' } });
    const off = await scim('PATCH', `/Users/${admin.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
    expect(off.status).toBe(200);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(false);
    await fx.db.user.update({ where: { id: admin.id }, data: { active: true } });
  });
});
