// Prints the plain closing line CI reads, summed over vitest's JSON reports (npm test, npm run test:chaos).
import { existsSync, readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const file of files) {
  if (!existsSync(file)) {
    // Lint or type-check failed before any test ran, or the run died before writing its report.
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails to load has no failing test of its own; count it once.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')).length;
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles;
}
if (files.length === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
