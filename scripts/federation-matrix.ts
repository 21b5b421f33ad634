/**
 * node scripts/federation-matrix.ts --config federation.yaml [--per-job 8]
 *
 * The matrix of .github/workflows/federation.yml: the members of federation.yaml in batches of
 * --per-job (GitHub runs at most 256 jobs in one matrix, so a national directory builds several
 * members per job), printed as `matrix=<json>` for $GITHUB_OUTPUT. Each entry: the batch number
 * and its members as `id:dist` words for the build step. The workflow puts every dist under one
 * folder (dist-members/<id>) so that the portal job can restore them all from the batches'
 * artifacts in place; a federation.yaml that says otherwise is reported and the workflow stops.
 */
import fs from 'node:fs';
import { readCommandLine } from './command-line.ts';
import { parseFederationConfig } from '../src/lib/federation/federation-config.ts';

const USAGE = '使い方: node scripts/federation-matrix.ts --config federation.yaml [--per-job 8]';

/** Where the workflow builds each member (federation.yaml's `dist` must say the same). */
export const WORKFLOW_DIST = (id: string) => `dist-members/${id}`;

export function matrixOf(members: { id: string; dist: string }[], perJob: number) {
  const wrong = members.filter((member) => member.dist.replace(/\/$/, '') !== WORKFLOW_DIST(member.id));
  const problems = wrong.map(
    (member) =>
      `${member.id}: dist を ${WORKFLOW_DIST(member.id)} にしてください（いまは ${member.dist}）。ワークフローはそこにビルドします`,
  );
  const include = [];
  for (let start = 0; start < members.length; start += perJob) {
    const batch = members.slice(start, start + perJob);
    include.push({
      batch: String(include.length + 1),
      members: batch.map((m) => `${m.id}:${WORKFLOW_DIST(m.id)}`).join(' '),
    });
  }
  return { matrix: { include }, problems };
}

if (import.meta.main) {
  const { values } = readCommandLine(
    {
      options: { config: { type: 'string', default: 'federation.yaml' }, 'per-job': { type: 'string', default: '8' } },
    },
    USAGE,
  );
  const { config, diagnostics } = parseFederationConfig(values.config, fs.readFileSync(values.config, 'utf8'));
  for (const d of diagnostics) console.error(`${d.file}:${d.line}:${d.column}: ${d.message}`);
  if (!config) process.exit(1);
  const perJob = Math.max(1, Number(values['per-job']) || 8);
  const { matrix, problems } = matrixOf(config.members, perJob);
  for (const line of problems) console.error(line);
  if (problems.length > 0) process.exit(1);
  console.log(`matrix=${JSON.stringify(matrix)}`);
}
