import { describe, expect, it } from 'vitest';
import { isDyadError } from '../doc/errors.ts';
import { looksLikeFeed, readFeed } from './feed.ts';

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Herald World</title>
<entry><id>tag:harbourherald.example,2024:1</id><title>Ankara hosts grain talks</title>
<link rel="alternate" href="https://harbourherald.example/world/grain-talks"/><published>2024-07-14T08:00:00Z</published>
<content type="html">&lt;p&gt;Turkish officials hosted a new round of talks on Sunday.&lt;/p&gt;</content></entry>
<entry><id>tag:harbourherald.example,2024:2</id><title>Empty entry</title></entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Meridian World Briefs',
  items: [{ id: 'm1', url: 'https://meridianbriefs.example/kabul', title: 'Kabul reopens crossing', date_published: '2024-12-02T10:00:00+05:00', content_text: 'Afghan officials reopened the crossing on Monday.' }],
});

describe('readFeed', () => {
  it('reads Atom entries as HTML records with link, date and title, and reports an empty entry', () => {
    expect(looksLikeFeed(ATOM)).toBe(true);
    const { source, records } = readFeed(ATOM, 'world.atom');
    expect(source).toBe('Harbour Herald World');
    const [first, second] = records;
    expect(isDyadError(first)).toBe(false);
    expect(first).toMatchObject({ id: 'tag:harbourherald.example,2024:1', url: 'https://harbourherald.example/world/grain-talks', date: '2024-07-14', title: 'Ankara hosts grain talks' });
    expect((first as { html: string }).html).toContain('<p>Turkish officials hosted');
    expect(isDyadError(second) && second.code).toBe('EMPTY');
  });

  it('reads JSON Feed items with plain text as text records', () => {
    expect(looksLikeFeed(JSON_FEED)).toBe(true);
    const { records } = readFeed(JSON_FEED, 'briefs.json');
    expect(records[0]).toMatchObject({ id: 'm1', date: '2024-12-02', text: 'Kabul reopens crossing\n\nAfghan officials reopened the crossing on Monday.' });
  });

  it('rejects what is not a feed with a message naming the file', () => {
    expect(looksLikeFeed('{"id": 1}')).toBe(false);
    expect(() => readFeed('<rss><channel>', 'bad.rss')).toThrow(/bad\.rss/);
  });
});
