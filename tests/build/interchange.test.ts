import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist';

const records = readdirSync('content/interchange')
  .filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(readFileSync(`content/interchange/${n}`, 'utf8')) as Record<string, unknown>);

/** The table of the interchange section of a page, or '' when the page has none. */
const matrixOf = (html: string) =>
  /<section class="interchange[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe('interchange matrix', () => {
  it('is on the export task page with one cell per record and the error text of each failure', () => {
    const html = matrixOf(page('/code/export/'));
    expect(html).toContain('<table');
    const works = records.filter((r) => r.status === 'works').length;
    const fails = records.filter((r) => r.status === 'fails');
    expect(html.match(/✓ Works/g)?.length ?? 0).toBe(works);
    expect(html.match(/✗ Fails at/g)?.length ?? 0).toBe(fails.length);
    for (const r of fails)
      expect(html).toContain(
        String(r.error).split('\n')[0].replace(/&/g, '&amp;').replace(/</g, '&lt;').slice(0, 40),
      );
    expect(html).toMatch(/<code[^>]*>onnxruntime \d/);
  });

  it("is on each runtime's and ONNX's profile, with only that runtime's column", () => {
    for (const [id, label] of [
      ['onnx-runtime', 'ONNX'],
      ['onnx', 'ONNX'],
      ['executorch', 'ExecuTorch'],
      ['litert', 'LiteRT'],
    ]) {
      const html = matrixOf(page(`/frameworks/${id}/`));
      expect(html, id).toContain('Exported models, run here');
      expect(html.match(/<th scope="col"/g)?.length, id).toBe(2);
      expect(html, id).toContain(`${label} <span`);
      expect(page(`/frameworks/${id}/`), id).toContain('href="#interchange"');
    }
  });

  it('is not on pages it has nothing to say on', () => {
    expect(matrixOf(page('/frameworks/mlx/'))).toBe('');
    expect(matrixOf(page('/code/define-mlp/'))).toBe('');
  });
});
