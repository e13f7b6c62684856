import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run simulate` the way a person would, with the visitor's lines piped into stdin. */
function simulate(args: string[], lines: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/cli/simulate.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('npm run simulate', () => {
  it('chats in Finnish and prints what was understood and the score after each turn', async () => {
    const { code, stdout, stderr } = await simulate(
      ['--definition', 'lead-definition.example.yaml', '--locale', 'fi'],
      ['Meillä on LVI-firma Tampereella, 40 henkeä', '#1', 'Aikataulutus on kaaosta', 'Kolmen kuukauden sisällä', 'kyllä', 'matti@example.fi'],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('bot> Millä alalla yrityksenne toimii?');
    expect(stdout).toContain('[#1 LVI / ilmanvaihto]');
    expect(stdout).toContain('understood: company_size = 40 (volunteered');
    expect(stdout).toContain('understood: current_tool = "paper_spreadsheets" (button, confidence 1)');
    expect(stdout).toMatch(/score: fit 45, intent 45, total 90, decision sales_ready/);
    expect(stdout).toContain('timeline: "within_3_months" → 20');
    expect(stdout).toContain('handoff requested (sales_ready)');
    expect(stdout).toContain('Anna Virtanen');
  });

  it('refuses a definition that does not validate, naming the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kysy-sim-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'version: 1\ncompany: {name: X}\n');
    const { code, stderr } = await simulate(['--definition', file], []);
    expect(code).toBe(1);
    expect(stderr).toContain('is not a valid lead definition');
  });

  it('refuses a locale it does not know', async () => {
    const { code, stderr } = await simulate(['--locale', 'de'], []);
    expect(code).toBe(1);
    expect(stderr).toContain('--locale must be one of en, fi, sv, pl');
  });
});
