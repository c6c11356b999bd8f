// Rule: no widget source has a way for API text to become markup or code (HTML sinks, eval), or
// anything a strict host CSP blocks (inline style or event handler attributes, new <style>/<script>).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { buildBundle } from '../helpers/browser.ts';

/** What is forbidden in widgets/**\/*.ts, and why. Lit's `${}` bindings escape text and attributes. */
const SINKS: [name: string, pattern: RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['unsafeHTML', /\bunsafeHTML\b/],
  ['unsafeSVG', /\bunsafeSVG\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['new Function', /\bnew\s+Function\b/],
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['setTimeout/setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  // Blocked by a CSP without 'unsafe-inline': use styleProperties() (widgets/lib/style-properties.ts)
  // and static styles (adopted stylesheets) instead.
  ['style attribute', /\sstyle\s*=\s*['"$]|setAttribute\(\s*['"`]style['"`]|\bstyleMap\b|\.cssText\s*=/],
  ['inline event handler attribute', /\son[a-z]+\s*=\s*['"$]|setAttribute\(\s*['"`]on[a-z]/],
  ['<style> or <script> element', /createElement(NS)?\([^)]*['"`](style|script)['"`]|<(style|script)[\s>]/],
];

interface Sink {
  file: string;
  line: number;
  sink: string;
  text: string;
}

/** Whole-line comments only describe code (the bundle's usage note shows a <script> tag). */
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*)/;

/** The forbidden constructs in one source text, with their line numbers. */
function findSinks(file: string, source: string): Sink[] {
  const found: Sink[] = [];
  source.split('\n').forEach((text, i) => {
    if (COMMENT_LINE.test(text)) return;
    for (const [sink, pattern] of SINKS) if (pattern.test(text)) found.push({ file, line: i + 1, sink, text: text.trim() });
  });
  return found;
}

function widgetSources(dir = join(repoRoot, 'widgets')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return widgetSources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const where = (sinks: Sink[]) => sinks.map((s) => `${s.file}:${s.line}: ${s.sink}: ${s.text}`).join('\n');

describe('widget sources', () => {
  it('have no HTML sink, eval, inline style or inline handler in widgets/**/*.ts', () => {
    const files = widgetSources();
    expect(files.length).toBeGreaterThan(30);
    const sinks = files.flatMap((path) => findSinks(relative(repoRoot, path), readFileSync(path, 'utf8')));
    expect(where(sinks)).toBe('');
  });

  it('are scanned by a scanner that names the file and line of each sink (the check can fail)', () => {
    const source = [
      'const ok = html`<p>${title}</p>`;',
      'root.innerHTML = title;',
      "el.insertAdjacentHTML('beforeend', note);",
      'html`${unsafeHTML(note)}`;',
      'svg`${unsafeSVG(shape)}`;',
      "new DOMParser().parseFromString(x, 'text/html');",
      'range.createContextualFragment(x);',
      'document.write(x);',
      "const f = new Function('return 1');",
      'eval(code);',
      'el.outerHTML = x;',
      'html`<div class="tooltip" style="left:${left}px">`;',
      "el.setAttribute('style', css);",
      'html`<button onclick="go()">`;',
      "document.createElement('script');",
      "setTimeout('go()', 10);",
      'const retrieval = medieval(x); const evaluate = 1; const { style } = el;',
      ' * A comment may name innerHTML.',
    ].join('\n');
    expect(findSinks('widgets/x.ts', source).map((s) => `${s.line} ${s.sink}`)).toEqual([
      '2 innerHTML',
      '3 insertAdjacentHTML',
      '4 unsafeHTML',
      '5 unsafeSVG',
      '6 DOMParser',
      '7 createContextualFragment',
      '8 document.write',
      '9 new Function',
      '10 eval(',
      '11 outerHTML',
      '12 style attribute',
      '13 style attribute',
      '14 inline event handler attribute',
      '15 <style> or <script> element',
      '16 setTimeout/setInterval with a string',
    ]);
    expect(where(findSinks('widgets/x.ts', 'root.innerHTML = title;'))).toBe('widgets/x.ts:1: innerHTML: root.innerHTML = title;');
  });
});

describe('the built widget bundle', () => {
  it('neither evaluates strings nor calls the Function constructor (a CSP without unsafe-eval allows neither)', async () => {
    const bundle = await buildBundle();
    expect(bundle.length).toBeGreaterThan(50_000);
    expect(bundle.match(/(?<![\w$.])eval\s*\(|\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g)).toBeNull();
    expect(findSinks('bundle', 'x=new Function("a")')).toHaveLength(1);
  });
});
