// Writes N synthetic but valid framework files (and an empty articles folder) for scale runs.
// Values cycle deterministically through the vocabularies, so every build sees the same data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = ['full-framework', 'high-level-api', 'nn-library', 'inference-runtime', 'interchange-format'];
const STATUSES = ['active', 'active', 'active', 'maintenance-only', 'discontinued', 'archived'];
const LICENCES = ['Apache-2.0', 'MIT', 'BSD-3-Clause', 'MPL-2.0'];
const LANGS = [['python', 'cpp'], ['rust'], ['java', 'scala'], ['javascript', 'typescript'], ['python']];
const CELLS = ['yes', 'partial', 'no', 'unknown'];
const HARDWARE = ['cpu', 'cuda', 'rocm', 'metal', 'tpu', 'intel-gpu', 'mobile'];
const DEPLOYMENT = ['server', 'native', 'mobile', 'browser', 'microcontroller', 'onnx'];

function cell(value) {
  if (value === 'unknown') return '{ value: unknown }';
  const note = value === 'partial' ? ', note: Synthetic limits.' : '';
  return `{ value: ${value}${note}, sources: [docs] }`;
}

/** One synthetic framework file's YAML. */
export function syntheticFramework(i) {
  const id = `synthetic-${String(i).padStart(4, '0')}`;
  const pick = (list, salt = 0) => list[(i * 7 + salt) % list.length];
  const status = pick(STATUSES);
  const year = 2010 + (i % 16);
  return `id: ${id}
name: Synthetic ${i}
kind: ${pick(KINDS)}
summary: { value: A generated framework for scale tests number ${i}., sources: [docs] }
status: { value: ${status}${status === 'active' ? '' : `, since: ${year + 1}`}, sources: [docs] }
organisation:
  original: { value: Lab ${i % 37}, sources: [docs] }
  current: { value: Foundation ${i % 11}, sources: [docs] }
firstRelease: { version: "0.1", date: ${year}-0${1 + (i % 9)}, sources: [docs] }
latestRelease: { version: "${1 + (i % 5)}.${i % 13}", date: 2026-0${1 + (i % 9)}, sources: [docs] }
licence: { spdx: ${pick(LICENCES, 1)}, sources: [docs] }
languages:
  implementation: { value: [${pick(LANGS, 2).join(', ')}], sources: [docs] }
  api: { value: [${pick(LANGS, 3).join(', ')}], sources: [docs] }
execution: { default: ${pick(['eager', 'graph', 'eager', 'declarative'], 4)}, sources: [docs] }
autodiff: ${cell(pick(CELLS, 5))}
hardware:
${HARDWARE.map((h, j) => `  ${h}: ${cell(pick(CELLS, j))}`).join('\n')}
distributed: ${cell(pick(CELLS, 6))}
deployment:
${DEPLOYMENT.map((d, j) => `  ${d}: ${cell(pick(CELLS, j + 3))}`).join('\n')}
editorial:
  learningCurve: { rating: ${pick(['gentle', 'moderate', 'steep'])}, rationale: Generated for scale tests. }
  debugging: { rating: ${pick(['easy', 'moderate', 'hard'], 1)}, rationale: Generated for scale tests. }
  research: { rating: ${pick(['strong', 'moderate', 'weak'], 2)}, rationale: Generated for scale tests. }
  production: { rating: ${pick(['strong', 'moderate', 'weak'], 3)}, rationale: Generated for scale tests. }
history:
  - { date: ${year}, title: First release, sources: [docs] }
links: { home: "https://example.org/${id}/" }
sources:
  - { id: docs, title: Synthetic docs, url: "https://example.org/${id}/docs", supports: Everything here., read: 2026-11-01 }
lastVerified: 2026-11-01
`;
}

/** Writes `count` framework files under <dir>/frameworks and an empty <dir>/articles. */
export function generateFrameworks(dir, count) {
  mkdirSync(join(dir, 'frameworks'), { recursive: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (let i = 1; i <= count; i++)
    writeFileSync(
      join(dir, 'frameworks', `synthetic-${String(i).padStart(4, '0')}.yaml`),
      syntheticFramework(i),
    );
}
