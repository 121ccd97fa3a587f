// `npm run demo` skips the install and the build when their inputs are unchanged (issue 18,
// part 8: a second start took 2.5 minutes). Guards that a real change is never skipped.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStamp, installStamp } from '../../scripts/demo-stamps.mjs';

let root: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'demo-stamps-'));
  write('package-lock.json', '{"lockfileVersion":3}');
  write('app/page.tsx', 'export default function Page() {}');
  write('content/guidance/a.md', '# A');
  write('lib/generated/client.ts', 'generated');
  write('tests/unit/a.test.ts', 'test');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('demo stamps', () => {
  it('change the build stamp for a changed, added or removed source or content file', () => {
    const before = buildStamp(root);
    write('app/page.tsx', 'export default function Page() { return null; }');
    const changed = buildStamp(root);
    expect(changed).not.toBe(before);
    write('components/new.tsx', 'export {}');
    const added = buildStamp(root);
    expect(added).not.toBe(changed);
    rmSync(path.join(root, 'components/new.tsx'));
    expect(buildStamp(root)).toBe(changed);
    write('content/guidance/a.md', '# A, rättad');
    expect(buildStamp(root)).not.toBe(changed);
  });

  it('keep the build stamp for tests, generated code and touched file times', () => {
    const before = buildStamp(root);
    write('tests/unit/a.test.ts', 'another test');
    write('lib/generated/client.ts', 'generated again');
    utimesSync(path.join(root, 'app/page.tsx'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(buildStamp(root)).toBe(before);
  });

  it('change the install stamp only with a lock file', () => {
    const before = installStamp(root);
    write('app/page.tsx', 'changed');
    expect(installStamp(root)).toBe(before);
    write('tools/migration-author/package-lock.json', '{}');
    expect(installStamp(root)).not.toBe(before);
  });
});
