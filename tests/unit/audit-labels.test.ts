// Every action the portal records in its audit log has a Swedish name, and so has every entity
// type: the test reads the code base for the codes it records, so a new event without a name
// fails here instead of showing "assignment-rule.created" to an administrator.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionLabels, entityLabels, subjectOf, titleIn } from '@/components/admin/audit-labels';
import { deletionAuditActions } from '@/lib/privacy/outcomes';
import { exampleReviewSchema } from '@/lib/validation/examples';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** `action: 'a.b'`, `action: x ? 'a.b' : 'a.c'` and `action: \`example.${...}\`` in calls that record an event. */
function recorded() {
  const actions = new Set<string>();
  const templates = new Set<string>();
  const entities = new Set<string>();
  for (const file of ['lib', 'app', 'scripts', 'prisma'].flatMap((d) => sources(path.join(root, d)))) {
    const text = readFileSync(file, 'utf8');
    if (!/recordAudit|auditEvent\.create/.test(text)) continue;
    for (const [, expr] of text.matchAll(/\baction: ([^,\n]+)/g)) {
      for (const [, code] of expr!.matchAll(/'([a-z][a-z-]*(?:\.[a-z-]+)+)'/g)) actions.add(code!);
      const template = /`([a-z-]+)\.\$\{/.exec(expr!);
      if (template) templates.add(template[1]!);
    }
    for (const [, type] of text.matchAll(/\bentityType: (?:[^'\n]*\? )?'([A-Z][A-Za-z]+)'/g)) entities.add(type!);
    for (const [, a, b] of text.matchAll(/\bentityType: [^\n]*\? '([A-Z][A-Za-z]+)' : '([A-Z][A-Za-z]+)'/g)) {
      entities.add(a!);
      entities.add(b!);
    }
  }
  return { actions, templates, entities };
}

describe('the audit log speaks Swedish', () => {
  const found = recorded();

  it('finds the recorded codes (the scan itself works)', () => {
    expect(found.actions.size).toBeGreaterThan(30);
    expect(found.actions).toContain('assignment-rule.created');
    expect(found.entities).toContain('GuidePage');
  });

  it('has a name for every action code the code base records', () => {
    const missing = [...found.actions].filter((code) => !actionLabels[code]);
    expect(missing).toEqual([]);
  });

  it('has a name for every review decision recorded as example.<decision>', () => {
    expect([...found.templates]).toEqual(['example']);
    const decisions = exampleReviewSchema.shape.decision.options;
    expect(decisions.filter((d) => !actionLabels[`example.${d}`])).toEqual([]);
  });

  it('has a name for every outcome of a request for deletion (recorded through deletionAuditActions)', () => {
    expect(Object.values(deletionAuditActions).filter((code) => !actionLabels[code])).toEqual([]);
  });

  it('has a name for every entity type', () => {
    expect([...found.entities].filter((type) => !entityLabels[type])).toEqual([]);
  });
});

describe("an event's subject", () => {
  it('is its current name, else the title or name kept in the event, else nothing', () => {
    const after = JSON.stringify({ title: 'Jämställd budget', revision: 3 });
    expect(subjectOf({ subject: 'Förskolan Solrosen', before: null, after })).toBe('Förskolan Solrosen');
    expect(subjectOf({ subject: null, before: null, after })).toBe('Jämställd budget');
    expect(subjectOf({ subject: null, before: JSON.stringify({ name: 'Gamla enheten' }), after: null })).toBe(
      'Gamla enheten',
    );
    expect(subjectOf({ subject: null, before: null, after: JSON.stringify({ slug: 'budget' }) })).toBeNull();
  });

  it('ignores text that is not a JSON object', () => {
    expect(titleIn('inte json')).toBeNull();
    expect(titleIn('"en sträng"')).toBeNull();
    expect(titleIn(JSON.stringify({ title: '   ' }))).toBeNull();
  });
});
