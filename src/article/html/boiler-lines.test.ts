import { describe, expect, it } from 'vitest';
import { boilerKind } from './boiler-lines.ts';

describe('boilerKind', () => {
  it.each([
    ['Image copyright Reuters', 'credit'],
    ['Photo: Lena Marsh / AFP', 'credit'],
    ['(Image: Getty)', 'credit'],
    ['Workers repair the sea wall on Friday (Photo: Lena Marsh)', 'credit'],
    ['The repaired sea wall at low tideCredit: Harbour Trust', 'credit'],
    ['Crowds gather at the gates [File: Reuters]', 'credit'],
    ['Lena Marsh | Getty Images', 'credit'],
    ['Piet Claes/Daily Ledger', 'credit'],
    ['© Lena Marsh', 'credit'],
    ['By Ana Ruiz - 03/04/21 10:12 AM EST', 'byline'],
    ['Tom Brandt, Associated Press Staff Writer', 'byline'],
    ['Updated 5:27 am CST, Wednesday, March 4, 2021', 'dateline'],
    ['| UPDATED: 11:05, Tue, Mar 2, 2021', 'dateline'],
    ['Published 2 days ago', 'dateline'],
    ['Subscribe to our newsletter for the week in science.', 'subscribe'],
    ['Follow us on Twitter and Facebook for the latest.', 'subscribe'],
    ['Have a tip? Our reporter may be reached at desk@example.org.', 'subscribe'],
    ['Advertisement', 'boilerplate'],
    ['Continue Reading Below', 'subscribe'],
    ['Copyright 2021 Daily Ledger. All rights reserved.', 'credit'],
    ['By Ana Ruiz, Jon Pike on Monday, March 1st, 2021 at 11:08 a.m.', 'byline'],
    ['The new wing of the museum, installation view, photos © Studio Lindt, 2021', 'credit'],
    ['segunda-feira, 1 de março de 2021 às 20:13', 'dateline'],
  ])('%s -> %s', (line, kind) => {
    expect(boilerKind(line)).toBe(kind);
  });

  it.each([
    'The minister said the photo had been taken without her consent, and asked for it to be withdrawn.',
    'By the end of the year, the council expects to have repaired every bridge on the river.',
    'Updated figures from the census show that the town grew by a fifth in ten years.',
    'Subscribers to the service will pay more from June, the company said on Tuesday.',
    'She said she would follow the talks closely from Geneva.',
    'The agency released the image on Monday, saying it showed the damage clearly.',
    'Be sure to follow the river path on Sunday, Twitter users told him, AFP said.',
    'Be sure to visit the museum on Facebook, Twitter, and Instagram.',
    'By 2030 the port expects to handle twice as many containers as today.',
  ])('keeps prose: %s', (line) => {
    expect(boilerKind(line)).toBeNull();
  });
});
