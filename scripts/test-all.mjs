// `npm test`: every check, in order, then one closing line "N passed, N failed".
// Type-check, lint, the electronegativity scan and the renderer build count as one check each; vitest and Playwright count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'build/test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  console.log(`◀ ${label}: ${result.status === 0 ? '通过' : '失败'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
};

/** Every distinct reason Playwright tests were skipped for, so a skip is never silent. */
function skipReasons(report) {
  const counts = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const a of t.annotations ?? []) {
          if (a.type === 'skip') counts.set(a.description || '未说明原因', (counts.get(a.description || '未说明原因') ?? 0) + 1);
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return [...counts].map(([text, count]) => ({ text, count }));
}

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const tally = { passed: 0, failed: 0, skipped: 0 };
const rows = [];

for (const [label, script] of [['类型检查', 'typecheck'], ['代码规范', 'lint'], ['安全扫描 (electronegativity)', 'security']]) {
  const ok = run(label, 'npm', ['run', '--silent', script]);
  tally[ok ? 'passed' : 'failed'] += 1;
  rows.push(`${label}: ${ok ? '通过' : '失败'}`);
}

// The renderer is built before vitest: the PDF tests (core/platform/pdf.test.ts, the archive's snapshots) load its print pages.
const built = run('构建界面', 'npx', ['vite', 'build', '--logLevel', 'warn']);
tally[built ? 'passed' : 'failed'] += 1;
rows.push(`构建界面: ${built ? '通过' : '失败'}`);

const unitOk = run('单元与集成测试', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/vitest.json`]);
const unit = readJson(`${RESULTS}/vitest.json`);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests + (unit.numFailedTestSuites && !unit.numFailedTests ? unit.numFailedTestSuites : 0);
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
  rows.push(`vitest: ${unit.numPassedTests} 通过, ${unit.numFailedTests} 失败`);
} else {
  tally.failed += 1;
  rows.push('vitest: 没有产生结果');
}
if (!unitOk && unit && unit.numFailedTests === 0) tally.failed += 1;

const e2eOk = built && run('端到端测试 (Chromium)', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/playwright.json` });
const e2e = readJson(`${RESULTS}/playwright.json`);
if (e2e) {
  const { expected, unexpected, flaky, skipped } = e2e.stats;
  tally.passed += expected;
  tally.failed += unexpected + flaky;
  tally.skipped += skipped;
  rows.push(`playwright: ${expected} 通过, ${unexpected + flaky} 失败, ${skipped} 跳过`);
  for (const reason of skipReasons(e2e)) rows.push(`  跳过原因（${reason.count} 项）：${reason.text}`);
  if (!e2eOk && unexpected + flaky === 0) tally.failed += 1;
} else {
  tally.failed += 1;
  rows.push('playwright: 没有产生结果');
}

console.log(`\n汇总：\n  ${rows.join('\n  ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed ? 1 : 0);
