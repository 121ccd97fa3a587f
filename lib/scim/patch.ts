import { z } from 'zod';
import { badRequest } from './errors';
import { ENTERPRISE, USER_SCHEMA } from './user';

// PATCH (RFC 7644 §3.5.2) applied to a resource's SCIM representation; the result is then read
// like a PUT, so a PATCH passes the same checks. Written for what Entra ID's provisioning sends:
// operation names in any case ("Replace"), booleans as strings ("False"), paths with a value
// filter (`emails[type eq "work"].value`), the enterprise extension's attributes by their full
// name, and operations without a path whose value holds the attributes.

export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export type Resource = Record<string, unknown>;

export const patchSchema = z.object({
  schemas: z.array(z.string()).refine((s) => s.includes(PATCH_SCHEMA), `schemas ska innehålla ${PATCH_SCHEMA}.`),
  Operations: z
    .array(
      z.object({
        op: z
          .string()
          .transform((op) => op.toLowerCase())
          .pipe(z.enum(['add', 'replace', 'remove'], { error: 'op ska vara add, replace eller remove.' })),
        path: z.string().trim().min(1).max(300).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1, 'Operations saknas.')
    .max(100, 'Högst 100 operationer i en begäran.'),
});

const FILTERED = /^(\w+)\[\s*(\w+)\s+eq\s+"([^"]*)"\s*\](?:\.(\w+))?$/i;

// Names that would reach an object's prototype instead of an attribute: never a SCIM attribute.
export const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const NAME = /^[A-Za-z][\w$-]*$/;

function assertNames(path: string, names: readonly (string | undefined)[]) {
  for (const name of names) {
    if (name !== undefined && (!NAME.test(name) || FORBIDDEN_NAMES.has(name))) {
      throw badRequest('invalidPath', `Sökvägen "${path}" finns inte i portalens schema.`);
    }
  }
}

/** The attribute names a path may start with (the resource's own, top-level). */
export type PatchTarget = { attributes: ReadonlySet<string> };

function segments(path: string): { container: string | null; rest: string } {
  if (path.startsWith(`${ENTERPRISE}:`)) return { container: ENTERPRISE, rest: path.slice(ENTERPRISE.length + 1) };
  if (path.startsWith(`${USER_SCHEMA}:`)) return { container: null, rest: path.slice(USER_SCHEMA.length + 1) };
  return { container: null, rest: path };
}

function apply(
  resource: Resource,
  op: 'add' | 'replace' | 'remove',
  path: string,
  value: unknown,
  target: PatchTarget,
) {
  const { container, rest } = segments(path);
  const base = container ? ((resource[container] ??= {}) as Resource) : resource;
  const filtered = FILTERED.exec(rest);
  const top = container ?? (filtered ? filtered[1]! : rest.split('.')[0]!);
  if (!target.attributes.has(top)) throw badRequest('invalidPath', `Sökvägen "${path}" finns inte i portalens schema.`);
  if (filtered) {
    const [, attribute, key, expected, sub] = filtered;
    assertNames(path, [attribute, key, sub]);
    const list = ((base[attribute!] ??= []) as Resource[]).filter((e) => e && typeof e === 'object');
    const matches = (e: Resource) => String(e[key!] ?? '').toLowerCase() === expected!.toLowerCase();
    let element = list.find(matches);
    if (op === 'remove') {
      base[attribute!] =
        sub && element
          ? list.map((e) => (e === element ? { ...e, [sub]: undefined } : e))
          : list.filter((e) => !matches(e));
      return;
    }
    if (!element) list.push((element = { [key!]: expected }));
    if (sub) element[sub] = value;
    else Object.assign(element, value as Resource);
    base[attribute!] = list;
    return;
  }
  const names = rest.split('.');
  assertNames(path, names);
  let node = base;
  for (const name of names.slice(0, -1)) node = (node[name] ??= {}) as Resource;
  const last = names.at(-1)!;
  if (op === 'remove') delete node[last];
  else if (op === 'add' && Array.isArray(node[last]) && Array.isArray(value))
    node[last] = [...(node[last] as unknown[]), ...value];
  else node[last] = value;
}

/** The resource after the PATCH request's operations, all or none (an error leaves nothing changed). */
export function applyPatch(current: Resource, body: unknown, target: PatchTarget): Resource {
  const parsed = patchSchema.safeParse(body);
  if (!parsed.success) throw badRequest('invalidSyntax', parsed.error.issues[0]!.message);
  const resource = structuredClone(current);
  for (const { op, path, value } of parsed.data.Operations) {
    if (path) {
      if (op !== 'remove' && value === undefined) throw badRequest('invalidValue', `Värde saknas för "${path}".`);
      apply(resource, op, path, value, target);
      continue;
    }
    if (op === 'remove') throw badRequest('noTarget', 'En remove-operation behöver en sökväg (path).');
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw badRequest('invalidValue', 'En operation utan sökväg ska ha ett objekt som värde.');
    }
    for (const [key, v] of Object.entries(value)) apply(resource, op, key, v, target);
  }
  return resource;
}
