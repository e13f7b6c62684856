import type { FunnelRow } from '../../../bot/outcomes/funnel.js';
import type { FunnelBucket } from '../../store/funnel.js';
import { type Html, html } from '../html.js';

/** Inline SVG, drawn on the server: no script, no library, and the numbers are in the picture too. */

export const percent = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(rate < 0.1 && rate > 0 ? 1 : 0)} %`);
const STEP_LABELS: Record<FunnelRow['step'], string> = {
  conversations: 'Conversations',
  engaged: 'Engaged (answered ≥ 1)',
  decided: 'Decided',
  sales_ready: 'Sales-ready',
  handed_off: 'Handed off',
  accepted: 'Accepted',
  won: 'Won',
};
export const stepLabel = (step: FunnelRow['step']) => STEP_LABELS[step];

/** Horizontal bars, one per step, each with its count and its share of the step before. */
export function funnelChart(rows: FunnelRow[]): Html {
  const width = 640;
  const label = 190;
  const bar = 26;
  const gap = 8;
  const max = Math.max(1, rows[0]?.count ?? 1);
  const room = width - label - 150;
  const height = rows.length * (bar + gap);
  return html`<svg class="chart funnel" role="img" aria-labelledby="funnel-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="funnel-title">Funnel: ${rows.map((r) => `${stepLabel(r.step)} ${r.count}`).join(', ')}</title>
${rows.map((r, i) => {
    const y = i * (bar + gap);
    const w = Math.max(1, Math.round((r.count / max) * room));
    return html`<g><text x="${label - 8}" y="${y + bar / 2 + 5}" text-anchor="end">${stepLabel(r.step)}</text>
<rect x="${label}" y="${y}" width="${w}" height="${bar}" rx="3" class="bar s${i}"></rect>
<text x="${label + w + 6}" y="${y + bar / 2 + 5}" class="num">${r.count}${i > 0 ? ` · ${percent(r.ofPrevious)}` : ''}</text></g>`;
  })}
</svg>`;
}

/** Conversations per period as bars, sales-ready and won as lines over them, each point labelled. */
export function trendChart(buckets: FunnelBucket[]): Html {
  const width = 640;
  const height = 220;
  const left = 40;
  const bottom = 40;
  const top = 16;
  const plot = height - bottom - top;
  const max = Math.max(1, ...buckets.map((b) => b.counts.conversations));
  const step = buckets.length ? (width - left - 10) / buckets.length : 0;
  const y = (v: number) => top + plot - (v / max) * plot;
  const x = (i: number) => left + i * step + step / 2;
  const line = (key: 'sales_ready' | 'won') => buckets.map((b, i) => `${x(i).toFixed(1)},${y(b.counts[key]).toFixed(1)}`).join(' ');
  return html`<svg class="chart trend" role="img" aria-labelledby="trend-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="trend-title">Trend: ${buckets.map((b) => `${b.start}: ${b.counts.conversations} conversations, ${b.counts.sales_ready} sales-ready, ${b.counts.won} won`).join('; ')}</title>
<line x1="${left}" y1="${top + plot}" x2="${width - 10}" y2="${top + plot}" class="axis"></line>
<text x="${left - 4}" y="${top + 4}" text-anchor="end" class="tick">${max}</text><text x="${left - 4}" y="${top + plot}" text-anchor="end" class="tick">0</text>
${buckets.map(
    (b, i) => html`<rect x="${(x(i) - step * 0.35).toFixed(1)}" y="${y(b.counts.conversations).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${(top + plot - y(b.counts.conversations)).toFixed(1)}" class="bar s0"></rect>
<text x="${x(i).toFixed(1)}" y="${(y(b.counts.conversations) - 3).toFixed(1)}" text-anchor="middle" class="num">${b.counts.conversations}</text>
<text x="${x(i).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" class="tick">${b.start.slice(5)}</text>`,
  )}
<polyline points="${line('sales_ready')}" class="line sales-ready"></polyline>
<polyline points="${line('won')}" class="line won"></polyline>
${buckets.map((b, i) => html`<circle cx="${x(i).toFixed(1)}" cy="${y(b.counts.sales_ready).toFixed(1)}" r="3" class="dot sales-ready"></circle><circle cx="${x(i).toFixed(1)}" cy="${y(b.counts.won).toFixed(1)}" r="3" class="dot won"></circle>`)}
<g class="legend"><rect x="${left}" y="${height - 14}" width="10" height="10" class="bar s0"></rect><text x="${left + 14}" y="${height - 5}">conversations</text>
<circle cx="${left + 130}" cy="${height - 9}" r="4" class="dot sales-ready"></circle><text x="${left + 138}" y="${height - 5}">sales-ready</text>
<circle cx="${left + 230}" cy="${height - 9}" r="4" class="dot won"></circle><text x="${left + 238}" y="${height - 5}">won</text></g>
</svg>`;
}
