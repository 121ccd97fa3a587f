// Guards PATCH of SCIM resources: Entra ID's forms apply, and no path or value can reach an
// object's prototype (a token holder could otherwise change every object of the server process).
import { afterEach, describe, expect, it } from 'vitest';
import { applyPatch, PATCH_SCHEMA } from '@/lib/scim/patch';
import { ENTERPRISE } from '@/lib/scim/user';

const target = { attributes: new Set(['name', 'emails', 'active', 'displayName', ENTERPRISE]) };
const patch = (...Operations: object[]) => ({ schemas: [PATCH_SCHEMA], Operations });
const polluted = () => (Object.prototype as Record<string, unknown>).polluted;

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('applyPatch', () => {
  it('applies Entra ID’s forms without changing the resource it was given', () => {
    const current = { displayName: 'A', emails: [{ type: 'work', value: 'a@x.se' }], active: true };
    const next = applyPatch(
      current,
      patch(
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'b@x.se' },
        { op: 'Replace', path: `${ENTERPRISE}:department`, value: 'Förskola' },
        { op: 'replace', value: { active: 'False', 'name.givenName': 'Bo' } },
      ),
      target,
    );
    expect(next).toEqual({
      displayName: 'A',
      emails: [{ type: 'work', value: 'b@x.se' }],
      active: 'False',
      name: { givenName: 'Bo' },
      [ENTERPRISE]: { department: 'Förskola' },
    });
    expect(current.emails[0]!.value).toBe('a@x.se');
  });

  it('refuses every path that names a prototype, and the prototype stays untouched', () => {
    const paths = [
      'name.__proto__.polluted',
      'name.constructor.prototype.polluted',
      `${ENTERPRISE}:__proto__.polluted`,
      `${ENTERPRISE}:constructor.prototype.polluted`,
      'emails[type eq "work"].__proto__',
      'emails[__proto__ eq "x"].value',
    ];
    for (const path of paths) {
      expect(() => applyPatch({}, patch({ op: 'add', path, value: 'yes' }), target), path).toThrow(
        /finns inte i portalens schema/,
      );
      expect(() => applyPatch({}, patch({ op: 'add', value: { [path]: 'yes' } }), target), path).toThrow(
        /finns inte i portalens schema/,
      );
    }
    expect(polluted()).toBeUndefined();
  });
});
