// Node colours by country or sector: the categories with the most mentions on screen get a colour each,
// the rest share "other", and actors with no code are pale. The legend lists what is drawn, in that order.
export type ColourBy = 'country' | 'sector';

/** Ten colours far apart in hue and lightness, then grey for the rest. */
export const COLOURS = ['#1f5fa8', '#d9541e', '#2e8b3a', '#b5179e', '#8c6d1f', '#0f8f8f', '#c9303e', '#6a4fb3', '#e0a100', '#4d6b2f'];
export const OTHER = '#8a8a8a';
export const NONE = '#d4d4d4';

export interface LegendEntry {
  code: string;
  colour: string;
  nodes: number;
  mentions: number;
}

export function palette(nodes: { country: string | null; sector: string | null; mentions: number }[], by: ColourBy) {
  const groups = new Map<string, { nodes: number; mentions: number }>();
  for (const n of nodes) {
    const code = n[by];
    if (!code) continue;
    const g = groups.get(code) ?? { nodes: 0, mentions: 0 };
    g.nodes++;
    g.mentions += n.mentions;
    groups.set(code, g);
  }
  const ranked = [...groups].sort((a, b) => b[1].mentions - a[1].mentions || b[1].nodes - a[1].nodes || (a[0] < b[0] ? -1 : 1));
  const colour = new Map(ranked.slice(0, COLOURS.length).map(([code], i) => [code, COLOURS[i]]));
  const legend: LegendEntry[] = ranked.slice(0, COLOURS.length).map(([code, g], i) => ({ code, colour: COLOURS[i], ...g }));
  const rest = ranked.slice(COLOURS.length);
  if (rest.length) legend.push({ code: `${rest.length} other${rest.length > 1 ? 's' : ''}`, colour: OTHER, nodes: rest.reduce((s, r) => s + r[1].nodes, 0), mentions: rest.reduce((s, r) => s + r[1].mentions, 0) });
  const none = nodes.filter((n) => !n[by]);
  if (none.length) legend.push({ code: `no ${by}`, colour: NONE, nodes: none.length, mentions: none.reduce((s, n) => s + n.mentions, 0) });
  return { colourOf: (n: { country: string | null; sector: string | null }) => (n[by] ? (colour.get(n[by]!) ?? OTHER) : NONE), legend };
}
