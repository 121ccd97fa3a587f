// `npm start` listened on every interface (issue 14, finding 15): a local start must listen on
// loopback unless HOST says otherwise. Runs the script as npm would, with a stand-in `next` that
// prints the arguments it was given.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const bin = mkdtempSync(path.join(tmpdir(), 'portal-start-'));
writeFileSync(path.join(bin, 'next'), '#!/bin/sh\necho "$@"\n');
chmodSync(path.join(bin, 'next'), 0o755);

afterAll(() => rmSync(bin, { recursive: true, force: true }));

function start(env: { HOST?: string; PORT?: string }): string {
  // Node leaves out variables whose value is undefined: HOST and PORT are unset unless given.
  return execFileSync('sh', ['-c', scripts.start!], {
    env: {
      ...process.env,
      HOST: undefined,
      PORT: undefined,
      ...env,
      PATH: `${bin}:${process.env.PATH}`,
      npm_package_config_heap_mib: '512',
    },
    encoding: 'utf8',
  }).trim();
}

describe('npm start', () => {
  it('listens on 127.0.0.1:3000 unless configured', () => {
    expect(start({})).toBe('start -H 127.0.0.1 -p 3000');
  });

  it('takes HOST and PORT from the environment', () => {
    expect(start({ HOST: '0.0.0.0', PORT: '8080' })).toBe('start -H 0.0.0.0 -p 8080');
  });
});
