// Labels that stay legible: at every zoom and pan the names are drawn at one on-screen size, and only
// as many as fit. Nodes are taken by rank (the focused actor, then most mentions); a label is shown when
// its box is inside the canvas and clear of every label already placed, so zooming in reveals more.
import type cytoscape from 'cytoscape';

export const LABEL_PX = 13;

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export function placeLabels(cy: cytoscape.Core, ranked: string[], px = LABEL_PX): void {
  const ctx = document.createElement('canvas').getContext('2d');
  const font = getComputedStyle(cy.container()!).fontFamily || 'sans-serif';
  if (ctx) ctx.font = `${px}px ${font}`;
  const widths = new Map<string, number>();
  const widthOf = (label: string) => {
    let w = widths.get(label);
    if (w === undefined) widths.set(label, (w = ctx ? ctx.measureText(label).width : label.length * px * 0.6));
    return w;
  };
  const nodes = ranked.map((k) => cy.getElementById(k)).filter((n) => n.nonempty());
  let queued = false;
  const update = () => {
    queued = false;
    const z = cy.zoom();
    const W = cy.width();
    const H = cy.height();
    const placed: Box[] = [];
    cy.batch(() => {
      for (const n of nodes) {
        const p = n.renderedPosition();
        const r = (n.width() * z) / 2;
        const w = widthOf(n.data('label')) + 6;
        const b = { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r + 1, y2: p.y + r + px + 5 };
        const inside = b.x1 >= 0 && b.x2 <= W && b.y1 >= 0 && b.y2 <= H;
        const clear = inside && !placed.some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2);
        if (clear) {
          placed.push(b);
          n.data('fs', px / z);
          n.addClass('lab');
        } else n.removeClass('lab');
      }
    });
  };
  const later = () => {
    if (!queued) (queued = true), requestAnimationFrame(update);
  };
  cy.on('zoom pan resize', later);
  update();
}
