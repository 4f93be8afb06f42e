import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { page, resolves, attrs } from '../helpers/dist';

const tasks = (
  yaml.load(readFileSync('content/tasks.yaml', 'utf8')) as {
    tasks: { id: string; notApplicable?: Record<string, string> }[];
  }
).tasks;
const snippets = tasks.flatMap((t) =>
  readdirSync(`content/snippets/${t.id}`).map((f) => ({ task: t.id, file: f })),
);

describe('code pages', () => {
  it('has a page per task, and /code/ links to each', () => {
    const index = page('/code/');
    for (const t of tasks) {
      expect(resolves(`/code/${t.id}/`), t.id).toBe(true);
      expect(index).toContain(`href="/code/${t.id}/"`);
    }
  });

  it('shows every snippet on its task page, with the file served as is', () => {
    for (const s of snippets) {
      const id = s.file.replace(/\.[^.]+$/, '');
      expect(page(`/code/${s.task}/`), `${s.task}/${id}`).toContain(`<section id="${id}" class="code-panel`);
      expect(readFileSync(`dist/code/${s.task}/${s.file}`, 'utf8')).toBe(
        readFileSync(`content/snippets/${s.task}/${s.file}`, 'utf8').replace(/\r\n/g, '\n'),
      );
    }
  });

  it('shows each task’s spec above its code, and a verdict computed from the records', () => {
    for (const t of tasks) {
      const html = page(`/code/${t.id}/`);
      const spec = html.indexOf('id="task-spec"');
      expect(spec, t.id).toBeGreaterThan(0);
      expect(spec, t.id).toBeLessThan(html.indexOf('class="code-panel'));
      expect(html, t.id).toContain('From the recorded runs:</strong> ');
    }
    // Deterministic tasks claim agreement only as the records show it; training tasks never do.
    expect(page('/code/define-mlp/')).toMatch(
      /Outputs agree across \d+ frameworks: parameters, output shape/,
    );
    expect(page('/code/training-loop/')).not.toContain('Outputs agree');
    expect(page('/code/training-loop/')).toMatch(/In all \d+ run snippets, held-out accuracy was ≥ 0\.85/);
  });

  it('moves parsed-only and historical code to /code/<task>/parsed/, with a link from its tab', () => {
    const main = page('/code/training-loop/');
    const parsed = page('/code/training-loop/parsed/');
    const panel = (html: string, id: string) =>
      html.slice(
        html.indexOf(`<section id="${id}"`),
        html.indexOf('</section>', html.indexOf(`<section id="${id}"`)),
      );
    expect(panel(main, 'burn')).toContain('href="/code/training-loop/parsed/#burn"');
    expect(panel(main, 'burn')).not.toContain('<pre');
    expect(panel(parsed, 'burn')).toContain('<pre');
    expect(panel(parsed, 'theano')).toContain('Historical</span>');
    expect(parsed).not.toContain('<section id="pytorch"');
  });

  it('gives each run snippet its recorded result in words and the last lines of its output', () => {
    const html = page('/code/define-mlp/');
    expect(html).toContain('<strong>Recorded result:</strong> parameters 5699; output shape [8, 3];');
    expect(html).toContain('<summary>Last lines of its output</summary>');
    // Parsed-only snippets get no result: there is none.
    const dl4j = html.slice(
      html.indexOf('<section id="deeplearning4j"'),
      html.indexOf('</section>', html.indexOf('<section id="deeplearning4j"')),
    );
    expect(dl4j).not.toContain('Recorded result');
  });

  it('says honestly what was run, what is historical and what is missing or not applicable', () => {
    const mlp = page('/code/define-mlp/');
    expect(mlp).toMatch(/Runs<\/span> with <code>numpy 2\.\d+\.\d+<\/code>, <code>torch 2\.\d+\.\d+/);
    expect(mlp).toContain('Historical</span> Written for Theano');
    expect(mlp).toMatch(/Parsed<\/span> Checked by the tests with tree-sitter-java/);
    for (const t of tasks) {
      for (const reason of Object.values(t.notApplicable ?? {}))
        expect(page(`/code/${t.id}/`)).toContain(reason.replace(/'/g, '&#39;'));
    }
  });

  it('carries no inline style attributes, and the stylesheet defines every colour class', () => {
    const css = readFileSync('dist/code/highlight.css', 'utf8');
    for (const t of tasks) {
      const html = page(`/code/${t.id}/`);
      expect(html, t.id).not.toMatch(/<span[^>]* style=/);
      for (const m of html.matchAll(/class="(h[0-9a-z]{4,7})"/g))
        expect(css, `${t.id}: .${m[1]}`).toContain(`.${m[1]}{`);
    }
  });

  it('lists a framework’s snippets on its profile, and shared tasks on pair pages', () => {
    const profile = page('/frameworks/jax/');
    expect(profile).toContain('<h2 id="code">Code</h2>');
    expect(profile).toContain('href="/code/training-loop/#jax"');
    const pair = page('/compare/jax-vs-pytorch/');
    expect(attrs(pair, 'a', 'href')).toContain('/code/training-loop/?side=jax,pytorch');
    expect(page('/compare/caffe2-vs-pytorch/')).toContain('No task has code in both yet.');
  });

  it('builds the concepts table with a column per framework and an explicit none', () => {
    const html = page('/concepts/');
    expect(html).toContain('Semantic differences');
    expect(html).toContain('<span class="badge tone-neutral">None</span>');
  });
});
