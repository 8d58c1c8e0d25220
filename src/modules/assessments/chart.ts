import { Lru } from '../../catalog/lru.js';
import { escapeHtml } from '../../web/jsx.js';

export interface RadarPoint { name: string; level: number | null; target: number | null }

const WIDTH = 680;
const HEIGHT = 460;
/** The picture's own size; the page and the PDF scale it to their width. */
export const RADAR_SIZE = { width: WIDTH, height: HEIGHT } as const;
const CX = 340;
const CY = 220;
const RADIUS = 142;
const MAX = 5;
const INK = '#1a1a1a';
const GRID = '#bfbfbf';
const TARGET = '#8a5a00';

const round = (n: number) => Math.round(n * 10) / 10;

/** Where a value sits on the axis of dimension i of n: the first axis points up, then clockwise. */
function at(i: number, n: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (RADIUS * value) / MAX;
  return [round(CX + r * Math.cos(angle)), round(CY + r * Math.sin(angle))];
}

const pointsOf = (values: readonly number[]) => values.map((v, i) => at(i, values.length, v).join(',')).join(' ');

/** A name in at most two lines of about LINE characters; what does not fit ends in an ellipsis. */
const LINE = 20;
function lines(name: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= LINE) line += ` ${word}`;
    else { out.push(line); line = word; }
  }
  if (line) out.push(line);
  if (out.length > 2) out.splice(1, out.length - 1, `${out.slice(1).join(' ')}`);
  return out.map((l) => (l.length > LINE + 4 ? `${l.slice(0, LINE + 3)}…` : l));
}

/** The axis name outside the outer ring, anchored away from the centre so it never covers the plot. */
function axisName(i: number, n: number, name: string): string {
  const [x, y] = at(i, n, MAX + 0.55);
  const anchor = Math.abs(x - CX) < 4 ? 'middle' : x > CX ? 'start' : 'end';
  const rows = lines(name);
  // Above the centre the text grows upwards, below it downwards, beside it around the axis end.
  const first = y < CY - 4 ? y - (rows.length - 1) * 15 : y > CY + 4 ? y + 10 : y - ((rows.length - 1) * 15) / 2 + 4;
  const spans = rows.map((row, k) => `<tspan x="${x}" y="${round(first + k * 15)}">${escapeHtml(row)}</tspan>`).join('');
  return `<text text-anchor="${anchor}" fill="${INK}">${spans}</text>`;
}

function diamond([x, y]: [number, number]): string {
  const s = 5.5;
  return `M${x} ${round(y - s)}L${round(x + s)} ${y}L${x} ${round(y + s)}L${round(x - s)} ${y}Z`;
}

/**
 * The radar of current levels and 12-month targets as SVG, for the page and the PDF. It is drawn
 * here rather than through ECharts' server-side renderer: every submitted result has its own
 * picture, and initialising a chart engine for each of them cost more than the rest of the page.
 * Dimensions without a level are drawn at 0; the table beside the chart says "not answered". The
 * target differs from the level by a dashed line and diamond points, not by colour alone. Only
 * presentation attributes, no style: the content security policy allows no inline styles.
 */
export function radarSvg(points: readonly RadarPoint[], labels: { current: string; target: string }): string {
  const n = points.length;
  const hasTarget = points.some((p) => p.target !== null);
  const levels = points.map((p) => p.level ?? 0);
  const targets = points.map((p) => p.target ?? 0);
  const frame = frameOf(points.map((p) => p.name), labels, hasTarget);
  let plot = `<polygon points="${pointsOf(levels)}" fill="rgb(255,230,21)" fill-opacity="0.45" stroke="${INK}" stroke-width="3" stroke-linejoin="round"/>`;
  for (let i = 0; i < n; i++) { const [x, y] = at(i, n, levels[i]!); plot += `<circle cx="${x}" cy="${y}" r="4" fill="${INK}"/>`; }
  if (hasTarget) {
    plot += `<polygon points="${pointsOf(targets)}" fill="none" stroke="${TARGET}" stroke-width="2" stroke-dasharray="8 5" stroke-linejoin="round"/>`;
    plot += `<path d="${targets.map((v, i) => diamond(at(i, n, v))).join('')}" fill="${TARGET}"/>`;
  }
  return frame.before + plot + frame.after;
}

/**
 * What does not depend on the levels: the rings, the axes with their names and the legend. It is
 * the same for every result of one model in one language, so it is drawn once per set of names
 * and kept (a handful of models and two languages; the bound only guards against a model editor
 * producing many versions in one process's life).
 */
interface Frame { before: string; after: string }
const frames = new Lru<Frame>(64);

function frameOf(names: readonly string[], labels: { current: string; target: string }, hasTarget: boolean): Frame {
  const key = `${hasTarget ? 1 : 0}\u0000${labels.current}\u0000${labels.target}\u0000${names.join('\u0000')}`;
  const kept = frames.get(key);
  if (kept) return kept;
  const n = names.length;
  let before = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Helvetica, Arial, sans-serif" font-size="14">`;
  for (let ring = 1; ring <= MAX; ring++) before += `<polygon points="${pointsOf(names.map(() => ring))}" fill="none" stroke="${GRID}" stroke-width="1"/>`;
  for (let i = 0; i < n; i++) {
    const [x, y] = at(i, n, MAX);
    before += `<line x1="${CX}" y1="${CY}" x2="${x}" y2="${y}" stroke="${GRID}" stroke-width="1"/>`;
    before += axisName(i, n, names[i]!);
  }
  // Legend under the plot: a line with its marker, then the name.
  const legend = hasTarget ? [[labels.current, 'current'], [labels.target, 'target']] as const : [[labels.current, 'current']] as const;
  const slot = 200;
  let x = CX - (legend.length * slot) / 2 + 20;
  const y = HEIGHT - 18;
  let after = '';
  for (const [label, kind] of legend) {
    if (kind === 'current') after += `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${INK}" stroke-width="3"/><circle cx="${x + 14}" cy="${y}" r="4" fill="${INK}"/>`;
    else after += `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="8 5"/><path d="${diamond([x + 14, y])}" fill="${TARGET}"/>`;
    after += `<text x="${x + 36}" y="${y}" dominant-baseline="middle" fill="${INK}">${escapeHtml(label)}</text>`;
    x += slot;
  }
  after += '</svg>';
  const frame = { before, after };
  frames.set(key, frame);
  return frame;
}
