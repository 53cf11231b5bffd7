// Electronegativity over electron/ with SARIF output; fails on any finding not
// reviewed in electron/electronegativity-reviewed.json (each with a reason).
// The tool is unmaintained and exits 0 even with findings: this script decides.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const ELECTRON_VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const OUT_DIR = 'build/test-results';
const SARIF = join(OUT_DIR, 'electronegativity.sarif');
const REVIEWED = 'electron/electronegativity-reviewed.json';

mkdirSync(OUT_DIR, { recursive: true });
rmSync(SARIF, { force: true });
const run = spawnSync('npx', ['electronegativity', '-i', 'electron', '-o', SARIF, '-r', '-v', 'false', '-e', ELECTRON_VERSION], {
  encoding: 'utf8',
  timeout: 120_000,
});
if (!existsSync(SARIF)) {
  console.error(`electronegativity 没有产生结果文件（退出码 ${run.status}）：\n${run.stderr}`);
  process.exit(1);
}

const reviewed = JSON.parse(readFileSync(REVIEWED, 'utf8')).reviewed;
const unexplained = reviewed.filter((r) => !r.rule || !r.file || !r.reason || r.reason.trim().length < 20);
const findings = JSON.parse(readFileSync(SARIF, 'utf8')).runs.flatMap((r) => r.results ?? []).map((result) => {
  const where = result.locations?.[0]?.physicalLocation;
  const uri = where?.artifactLocation?.uri ?? '';
  return { rule: result.ruleId, file: basename(uri.replace(/^file:\/*/, '')) || '*', line: where?.region?.startLine ?? 0, text: result.message?.text ?? '' };
});
const isReviewed = (f) => reviewed.some((r) => r.rule === f.rule && (r.file === '*' || r.file === f.file));
const open = findings.filter((f) => !isReviewed(f));
const stale = reviewed.filter((r) => !findings.some((f) => f.rule === r.rule && (r.file === '*' || r.file === f.file)));

console.log(`electronegativity（Electron ${ELECTRON_VERSION}）：${findings.length} 条发现，已审阅 ${findings.length - open.length} 条。`);
for (const f of open) console.error(`  未审阅：${f.rule} ${f.file}:${f.line} — ${f.text.split('\n')[0]}`);
for (const r of unexplained) console.error(`  审阅清单中缺少理由：${r.rule} ${r.file}`);
for (const r of stale) console.log(`  提示：清单中的 ${r.rule} ${r.file} 已不再出现，可以删去。`);
if (open.length || unexplained.length) {
  console.error(`请修复这些问题，或在 ${REVIEWED} 中写明理由。`);
  process.exit(1);
}
