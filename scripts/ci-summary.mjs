// Prints the plain closing line CI reads, from vitest's JSON report.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  // Lint or type-check failed before any test ran.
  console.log('tests: 0 passed, 1 failed');
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
// A file that fails to load has no failing test of its own; count it once.
const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')).length;
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`);
