import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = join(root, 'lead-definition.example.yaml');
const dir = mkdtempSync(join(tmpdir(), 'kysy-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run validate -- …`: the script is `tsx adapters/cli/validate.ts`, run here without npm's own start-up. */
function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/cli/validate.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.split('\n').filter(Boolean) };
}

describe('npm run validate', () => {
  it('summarises the shipped example and exits 0', () => {
    expect(validate(example)).toEqual({ status: 0, stdout: 'valid: 13 criteria, locales en, fi, sv, pl', stderr: [] });
  });

  it('prints every problem of a broken file on its own line and exits 1', () => {
    const broken = readFileSync(example, 'utf8')
      .replace('fit: 45', 'fit: 400')
      .replace('defaultOwner: anna', 'defaultOwner: nobody')
      .replace(/^ *fi: "Millä alalla yrityksenne toimii\?"\n/m, '');
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, broken);
    expect(validate(file)).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'criteria[0] (industry).question.fi is missing',
        'routing.defaultOwner "nobody" is not one of the owners (anna, erik, kasia, mikko)',
        'thresholds.fit is 400, but the most fit points any answers can give is 85',
      ],
    });
  });

  it('reports a file that cannot be read', () => {
    expect(validate(join(dir, 'nope.yaml'))).toMatchObject({ status: 1, stderr: [`cannot read ${join(dir, 'nope.yaml')}: ENOENT`] });
  });

  it('explains its usage when no file is given', () => {
    expect(validate()).toMatchObject({ status: 1, stderr: ['usage: npm run validate -- <lead-definition.yaml>'] });
  });
});
