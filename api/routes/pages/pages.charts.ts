/**
 * Charts drawn on the server as SVG, so that they are in the HTML, print, and need no script: a
 * sparkline for a figure and a line chart of a place beside its county and Sweden. Colours come
 * from the style sheet (light and dark); the values are always also written out as text beside.
 */
import { html } from 'hono/html';
import { formatNumber, formatPeriod } from './pages.format.ts';
import type { Html } from './pages.layout.ts';
import type { Lang } from './pages.urls.ts';

export interface Point {
  period: string;
  value: number;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** A small line of a series, with its last point marked. `label` says in words what it shows. */
export function sparkline(points: readonly Point[], label: string): Html {
  if (points.length < 2) return html``;
  const w = 120;
  const h = 32;
  const pad = 3;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const xy = points.map(
    (p, i) => [r1(pad + (i * (w - 2 * pad)) / (points.length - 1)), r1(h - pad - ((p.value - min) / span) * (h - 2 * pad))] as const,
  );
  const last = xy.at(-1)!;
  return html`<svg class="spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${label}"><polyline points="${xy.map((p) => p.join(',')).join(' ')}"/><circle cx="${last[0]}" cy="${last[1]}" r="2.5"/></svg>`;
}

export interface ChartSeries {
  name: string;
  /** s-place, s-county or s-country: colour and dash from the style sheet. */
  className: 's-place' | 's-county' | 's-country';
  points: readonly Point[];
}

/** "2024", or "mar 2024" for a month: short enough for an axis. */
const shortPeriod = (period: string, lang: Lang) => formatPeriod(period, lang).replace(/^(\p{L}{3})\p{L}* /u, '$1 ');

/** Round steps for the value axis: 1, 2 or 5 times a power of ten. */
function ticks(min: number, max: number, count = 4): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  const top = Math.ceil(max / step - 1e-9) * step;
  for (let v = Math.floor(min / step + 1e-9) * step; v <= top + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out.length >= 2 ? out : [out[0] ?? min, (out[0] ?? min) + step];
}

/**
 * Lines over the periods of the series (the union, in order), with the value axis on round steps
 * and a zero line where zero is in range. The SVG is an image with `label`; the caller writes the
 * legend and the values as a table.
 */
export function lineChart(series: readonly ChartSeries[], options: { lang: Lang; decimals: number; label: string }): Html {
  const drawn = series.filter((s) => s.points.length > 0);
  if (drawn.length === 0) return html``;
  const periods = [...new Set(drawn.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const values = drawn.flatMap((s) => s.points.map((p) => p.value));
  const steps = ticks(Math.min(...values), Math.max(...values));
  const lo = steps[0]!;
  const hi = steps.at(-1)!;
  const w = 360;
  const h = 190;
  const left = 46;
  const right = 12;
  const top = 10;
  const bottom = 26;
  const x = (period: string) =>
    periods.length === 1 ? (left + w - right) / 2 : left + (periods.indexOf(period) * (w - left - right)) / (periods.length - 1);
  const y = (v: number) => top + ((hi - v) / (hi - lo || 1)) * (h - top - bottom);
  const labelEvery = Math.ceil(periods.length / 6);
  const decimals = Math.max(0, Math.min(options.decimals, steps.some((s) => !Number.isInteger(s)) ? options.decimals : 0));
  const grid = steps.map(
    (v) =>
      html`<line class="${v === 0 ? 'zero' : 'axis'}" x1="${left}" x2="${w - right}" y1="${r1(y(v))}" y2="${r1(y(v))}"/><text x="${left - 5}" y="${r1(y(v) + 4)}" text-anchor="end">${formatNumber(v, decimals, options.lang)}</text>`,
  );
  const xLabels = periods
    .filter((_, i) => i % labelEvery === 0 || i === periods.length - 1)
    .map((p, i, shown) => {
      const anchor = periods.length > 1 && i === 0 ? 'start' : periods.length > 1 && i === shown.length - 1 ? 'end' : 'middle';
      return html`<text x="${r1(x(p))}" y="${h - 8}" text-anchor="${anchor}">${shortPeriod(p, options.lang)}</text>`;
    });
  const lines = drawn.map((s) => {
    const pts = s.points.map((p) => `${r1(x(p.period))},${r1(y(p.value))}`).join(' ');
    // The latest value is marked; the line carries the rest (and the table beside every chart the numbers).
    const last = s.points.at(-1)!;
    const dots = html`<circle class="${s.className}" cx="${r1(x(last.period))}" cy="${r1(y(last.value))}" r="3.5"/>`;
    return html`<polyline class="${s.className}" points="${pts}"/>${dots}`;
  });
  return html`<svg class="chart" viewBox="0 0 ${w} ${h}" role="img" aria-label="${options.label}">${grid}${xLabels}${lines}</svg>`;
}
