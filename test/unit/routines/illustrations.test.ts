import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { bundledAdviceContent } from '../../../electron/core/advice/bundled-content';
import { ILLUSTRATION_IDS, ILLUSTRATIONS } from '../../../electron/core/routines/illustrations';

const DIR = path.resolve(import.meta.dirname, '../../../resources/illustrations');
const parser = new new Window().DOMParser();

/**
 * What is wrong with a drawing as the page places it (inline, under a CSP without inline styles or
 * scripts): not well-formed, no viewBox to scale by, read out besides its description, or anything
 * that runs, loads, styles itself or brings words into a picture meant for every language.
 */
function problems(file: string): string[] {
  const doc = parser.parseFromString(fs.readFileSync(file, 'utf8'), 'image/svg+xml');
  if (doc.querySelector('parsererror')) return ['is not well-formed XML'];
  const svg = doc.documentElement;
  const found: string[] = [];
  if (svg.localName !== 'svg') found.push(`has <${svg.localName}> at its root`);
  if (!/^0 0 \d+ \d+$/.test(svg.getAttribute('viewBox') ?? '')) found.push('has no viewBox');
  // The page names the picture (role img, the catalog's description): the drawing is not read again.
  if (svg.getAttribute('aria-hidden') !== 'true') found.push('is not aria-hidden');
  for (const tag of ['script', 'style', 'text', 'foreignObject', 'image', 'use', 'a']) {
    if (svg.getElementsByTagName(tag).length > 0 || svg.localName === tag) found.push(`has a <${tag}>`);
  }
  for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    for (const { name } of Array.from(el.attributes)) {
      if (name === 'style' || /^on/i.test(name) || /(^|:)href$/.test(name)) found.push(`<${el.localName}> has ${name}`);
    }
  }
  return found;
}

describe('step illustrations (resources/illustrations)', () => {
  const files = fs.readdirSync(DIR);

  it('has one drawing for every entry of the catalog, and none besides', () => {
    expect(files.toSorted()).toEqual(ILLUSTRATION_IDS.map((id) => `${id}.svg`).toSorted());
  });

  it.each(files)('%s is a plain drawing the page can place inline', (file) => {
    expect(problems(path.join(DIR, file))).toEqual([]);
  });

  it('draws a movement as two poses, or as one still picture', () => {
    for (const file of files) {
      const svg = parser.parseFromString(fs.readFileSync(path.join(DIR, file), 'utf8'), 'image/svg+xml');
      const poses = ['pose-start', 'pose-end'].map((pose) => svg.getElementsByClassName(pose).length);
      expect([[0, 0], [1, 1]], file).toContainEqual(poses);
    }
  });

  it('describes each drawing in a sentence of its own, not its title again', () => {
    for (const { id, title, alt } of ILLUSTRATIONS) {
      expect(alt.trim().toLowerCase(), id).not.toBe(title.toLowerCase());
      expect(alt, id).toMatch(/^[A-Z].{30,}\.$/);
      expect(title.trim(), id).not.toBe('');
    }
    expect(new Set(ILLUSTRATIONS.map((i) => i.alt)).size).toBe(ILLUSTRATIONS.length);
  });

  it('gives every built-in step a drawing that exists', () => {
    const steps = bundledAdviceContent().routines.flatMap((r) => r.steps.map((s) => ({ step: `${r.id}/${s.id}`, illustration: s.illustration })));
    for (const { step, illustration } of steps) expect(fs.existsSync(path.join(DIR, `${illustration}.svg`)), step).toBe(true);
  });
});
