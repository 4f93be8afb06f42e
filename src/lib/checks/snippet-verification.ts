import { SNIPPET_LANGUAGES, isSnippetExtension } from '../../data/snippet-languages.ts';
import { snippetHash } from '../snippets/hash.ts';
import { recordPathOf } from '../snippets/files.ts';
import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { checkValues, mismatchText } from '../snippets/spec.ts';
import { runtimeOf } from '../snippets/verify.ts';

const RERUN =
  'Run `npm run verify:snippets` (or `npm run verify:snippets -- <task>/<framework>` for one), then commit the record';

/**
 * Every snippet the site runs (Python, not historical) has a passing verification record whose
 * hash matches the file and whose recorded RESULT values meet its task's spec as it is now (a
 * spec edited after the run is caught too); every record belongs to such a snippet.
 */
export const snippetVerificationCheck: Check = {
  name: 'snippet-verification',
  description:
    "Each runnable snippet has a record in content/verification/ from a passing run of the same file, with RESULT values that meet its task's spec; no record is left without its snippet.",
  run({ code }) {
    const issues: ContentIssue[] = [];
    const historical = code.tasks?.data?.historical ?? [];
    const specs = new Map((code.tasks?.data?.tasks ?? []).map((t) => [t.id, t.spec]));
    const records = new Map(code.records.map((r) => [r.file, r]));
    const expected = new Set<string>();
    for (const s of code.snippets) {
      if (!isSnippetExtension(s.ext) || !SNIPPET_LANGUAGES[s.ext].runs || historical.includes(s.stem))
        continue;
      const recordFile = recordPathOf(s);
      expected.add(recordFile);
      const record = records.get(recordFile);
      const add = (message: string, fix = RERUN) =>
        issues.push({ check: this.name, file: s.file, field: '', message, fix });
      if (!record) {
        add(`Not verified yet: ${recordFile} does not exist`);
        continue;
      }
      if (!record.data) continue; // its schema problems are reported against the record file
      const runtime = runtimeOf(s.ext);
      if (record.data[runtime] === undefined) {
        add(
          `${recordFile} names the wrong runtime: a .${s.ext} snippet runs on ${runtime === 'node' ? 'Node.js' : 'Python'}, so its record needs \`${runtime}\` (its version), not \`${runtime === 'node' ? 'python' : 'node'}\``,
        );
      } else if (record.data.sha256 !== snippetHash(s.text)) {
        add(
          `Changed since verified on ${record.data.verifiedAt} (the file's hash no longer matches ${recordFile})`,
        );
      } else if (record.data.result !== 'passed') {
        const tail = record.data.output.trim().split('\n').slice(-1)[0] ?? '';
        add(
          `The last verification ${record.data.result === 'timed-out' ? 'timed out' : 'failed'}: ${tail}`,
          `Fix the snippet so it runs, then: ${RERUN}`,
        );
      } else {
        const spec = specs.get(s.task);
        if (spec && !record.data.values)
          add(
            `${recordFile} has no RESULT values: the snippet must print one \`RESULT {…}\` line after its assertions`,
            `Print the spec's results as JSON on one line starting with RESULT, then: ${RERUN}`,
          );
        else if (spec && record.data.values)
          for (const m of checkValues(s.task, s.stem, spec, record.data.values))
            add(
              `Off spec: ${mismatchText(m)} (${recordFile})`,
              `Make the snippet follow the spec in tasks.yaml (or correct the spec), then: ${RERUN}`,
            );
      }
    }
    for (const r of code.records) {
      if (!expected.has(r.file)) {
        issues.push({
          check: this.name,
          file: r.file,
          field: '',
          message: 'A verification record without a snippet the site runs',
          fix: 'Delete it (`npm run verify:snippets` removes stale records when it runs every snippet)',
        });
      }
    }
    return issues;
  },
};
