import type { Block, Section } from '../doc/types.ts';

/** Sections: a lead section of the body before the first heading, then one per heading. */
export function buildSections(blocks: Block[], textOf: (i: number) => string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, headingText: null, paragraphs: [] };
  blocks.forEach((b, i) => {
    if (b.role === 'heading') {
      if (current.heading !== null || current.paragraphs.length) sections.push(current);
      current = { heading: i, headingText: textOf(i), paragraphs: [] };
    } else if (b.role === 'body') current.paragraphs.push(i);
  });
  if (current.heading !== null || current.paragraphs.length) sections.push(current);
  return sections;
}
