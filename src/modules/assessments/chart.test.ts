import { describe, expect, it } from 'vitest';
import { radarSvg } from './chart.js';

const labels = { current: 'Huidig niveau', target: 'Doel <12 maanden>' };
const six = (level: number | null, target: number | null) =>
  ['Publiek', 'Waarde', 'Werkprocessen', 'Sturen met data', 'Leiderschap', 'Infrastructuur'].map((name) => ({ name, level, target }));

describe('the results radar', () => {
  it('places each level on its own axis, the first pointing up, clockwise, 0 in the centre', () => {
    const svg = radarSvg(six(null, null).map((p, i) => ({ ...p, level: i === 0 ? 5 : i === 3 ? 5 : 0 })), labels);
    const current = /<polygon points="([^"]+)" fill="rgb\(255,230,21\)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number));
    expect(current).toHaveLength(6);
    expect(current[0]).toEqual([340, 78]);
    expect(current[3]).toEqual([340, 362]);
    expect(current[1]).toEqual([340, 220]);
  });

  it('draws the target dashed with diamonds and names it in the legend only when there is one', () => {
    const withTarget = radarSvg(six(2, 4), labels);
    expect(withTarget).toContain('stroke-dasharray="8 5"');
    expect(withTarget).toContain('Doel &lt;12 maanden&gt;');
    const without = radarSvg(six(2, null), labels);
    expect(without).not.toContain('stroke-dasharray');
    expect(without).not.toContain('Doel');
    expect(without).toContain('Huidig niveau');
  });

  it('escapes and shortens dimension names, and uses no style attribute (the CSP allows none)', () => {
    const svg = radarSvg([{ name: 'A & B <script> and a name that is far too long to fit', level: 3, target: null }, ...six(1, null).slice(1)], labels);
    expect(svg).toContain('>A &amp; B &lt;script&gt; and a</tspan>');
    expect(svg).toContain('>name that is far too lo…</tspan>');
    expect(svg).not.toMatch(/<script|style=/);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});
