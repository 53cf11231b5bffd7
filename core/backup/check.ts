/** 检查数据文件: the full integrity check, foreign keys, schema version and counts of a data file. */
import { foreignKeyProblems, readDatabaseFacts } from '../../db/backup';
import { LATEST_VERSION } from '../../db/migrations';
import { summarize, type BackupSummary } from './service';

export interface CheckReport {
  ok: boolean;
  path: string;
  integrity: string;
  foreignKeyProblems: number;
  schemaVersion: number;
  supportedSchemaVersion: number;
  holds?: BackupSummary;
  counts?: Record<string, number>;
  /** Chinese sentences, empty when ok. */
  problems: string[];
}

export async function checkDataFile(path: string): Promise<CheckReport> {
  const base = { path, supportedSchemaVersion: LATEST_VERSION };
  let facts;
  try {
    facts = await readDatabaseFacts(path, { integrity: true });
  } catch (err) {
    const problem = `无法打开“${path}”：${err instanceof Error ? err.message : String(err)}`;
    return { ...base, ok: false, integrity: 'unreadable', foreignKeyProblems: 0, schemaVersion: 0, problems: [problem] };
  }
  const fk = facts.isOurs ? await foreignKeyProblems(path) : [];
  const problems = [
    ...(facts.isOurs ? [] : ['这不是社区妇联工作台账的数据文件（没有版本表）']),
    ...(facts.integrity === 'ok' ? [] : [`完整性检查未通过：${facts.integrity}`]),
    ...(fk.length ? [`有 ${fk.length} 条记录引用了不存在的记录（${[...new Set(fk.map((f) => f.table))].join('、')}）`] : []),
    ...(facts.schemaVersion > LATEST_VERSION ? [`数据库版本 ${facts.schemaVersion} 比本软件支持的 ${LATEST_VERSION} 新，请升级软件`] : []),
  ];
  return {
    ...base,
    ok: problems.length === 0,
    integrity: facts.integrity,
    foreignKeyProblems: fk.length,
    schemaVersion: facts.schemaVersion,
    holds: summarize(facts),
    counts: facts.counts,
    problems,
  };
}
