import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/doc.ts';
import type { Event, EventActor } from '../doc/types.ts';
import { dateEvents } from './event-dates.ts';

// Sentences written for these tests. The article day, 2016-12-15, is a Thursday.
const at = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`no "${word}"`);
  return { start, end: start + word.length };
};

function event(text: string, trigger: string, source?: string, target?: string): Event {
  const t = at(text, trigger);
  const dot = text.lastIndexOf('. ', t.start);
  const end = text.indexOf('.', t.end);
  const actor = (w?: string): EventActor[] => (w ? [{ ...at(text, w), country: null, sector: null, actorId: null }] : []);
  return {
    plover: 'CONSULT', mode: null, context: null, cameo: '040', goldstein: 1, quadClass: 1, source: actor(source), target: actor(target),
    trigger: t, sentence: { start: dot < 0 ? 0 : dot + 2, end: end < 0 ? text.length : end + 1 }, negated: false, quoteIndex: null,
  };
}

const doc = (text: string, date: string | null = '2016-12-15') => new Doc({ id: 't', text, date });

describe('dateEvents', () => {
  it('takes the time expression of the sentence, with its span', () => {
    const text = 'The two ministers met in Vienna on Tuesday to discuss the border.';
    const [e] = dateEvents(doc(text), [event(text, 'met')]);
    expect(e).toMatchObject({ date: '2016-12-13', dateSource: 'expression', dateSpan: at(text, 'Tuesday') });
    expect(e.future).toBeUndefined();
  });

  it('without an expression, the article date, marked article', () => {
    const text = 'The two ministers met in Vienna to discuss the border.';
    expect(dateEvents(doc(text), [event(text, 'met')])[0]).toMatchObject({ date: '2016-12-15', dateSource: 'article', dateSpan: null });
  });

  it('each event takes the expression nearest its trigger', () => {
    const text = 'The envoy visited Kabul last week. The council condemned the attack yesterday and the ministers will meet next month.';
    const [a, b, c] = dateEvents(doc(text), [event(text, 'visited'), event(text, 'condemned'), event(text, 'will meet')]);
    expect(a).toMatchObject({ date: '2016-12-05', dateEnd: '2016-12-11' });
    expect(b).toMatchObject({ date: '2016-12-14', dateSource: 'expression' });
    expect(c).toMatchObject({ date: '2017-01-01', dateEnd: '2017-01-31', future: true });
  });

  it('history told in passing gets its own date and is marked history', () => {
    const text = 'In 2012, the army invaded the valley, the minister recalled.';
    expect(dateEvents(doc(text), [event(text, 'invaded')])[0]).toMatchObject({ date: '2012-01-01', dateEnd: '2012-12-31', history: true });
  });

  it('an asserted act its own phrase dates months before a dated article is history, not counted', () => {
    const text = 'The militia seized the two aid workers in March 2015, their families said.';
    const asserted = { ...event(text, 'seized'), factuality: 'asserted' as const };
    expect(dateEvents(doc(text), [asserted])[0]).toMatchObject({ date: '2015-03-01', history: true, factuality: 'history', negated: true });
    // an act of last week stays news; with no date for the text, no phrase makes history
    const recent = 'The militia seized the two aid workers last week, their families said.';
    expect(dateEvents(doc(recent), [{ ...event(recent, 'seized'), factuality: 'asserted' as const }])[0]).toMatchObject({ factuality: 'asserted', negated: false });
    expect(dateEvents(doc(text, null), [asserted])[0]).toMatchObject({ factuality: 'asserted', negated: false });
  });

  it('a forward clause reads a weekday ahead: "will meet on Friday"', () => {
    const text = 'The two leaders will meet on Friday in Geneva.';
    expect(dateEvents(doc(text), [event(text, 'meet')])[0]).toMatchObject({ date: '2016-12-16', future: true });
    const said = 'The spokesman said on Monday that the leaders met on Friday.';
    expect(dateEvents(doc(said), [event(said, 'met')])[0]).toMatchObject({ date: '2016-12-09' });
  });

  it('the reporting day dates the report, the forward clause its own act', () => {
    // 2016-12-13 is a Tuesday.
    const text = 'The ministry said on Tuesday it would send an envoy to the capital next week, and called on both sides to talk.';
    const [send, called] = dateEvents(doc(text, '2016-12-13'), [event(text, 'send'), event(text, 'called on')]);
    expect(send).toMatchObject({ date: '2016-12-19', future: true, dateSpan: at(text, 'next week') });
    expect(called).toMatchObject({ date: '2016-12-13', dateSpan: at(text, 'Tuesday') });
    const relative = 'The government, which has expelled thousands since 2012, said it would keep the crossing open.';
    expect(dateEvents(doc(relative), [event(relative, 'keep')])[0]).toMatchObject({ dateSource: 'article' });
    const split = 'The envoy will visit the capital, and on Friday the army opened the crossing.';
    expect(dateEvents(doc(split), [event(split, 'opened')])[0]).toMatchObject({ date: '2016-12-09' });
    const said = 'The minister said in 2012 that the border was closed, and on Monday the army opened it.';
    expect(dateEvents(doc(said), [event(said, 'opened')])[0]).toMatchObject({ date: '2016-12-12' });
  });

  it('an expression that dates a noun ("last year\'s deal") is not the act\'s', () => {
    const text = 'The senators warned that last year’s border deal had failed.';
    expect(dateEvents(doc(text), [event(text, 'warned')])[0]).toMatchObject({ dateSource: 'article' });
  });

  it('an expression inside an actor\'s words is not the event\'s date', () => {
    const text = 'The Sunday Mirror and the January 6 committee criticised the plan.';
    const e = event(text, 'criticised', 'the January 6 committee');
    expect(dateEvents(doc(text), [e])[0]).toMatchObject({ dateSource: 'article' });
  });

  it('resolves against the article\'s own date when the record has none', () => {
    const text = 'The two ministers met in Vienna yesterday.';
    const d = new Doc({ id: 't', text, meta: { date: '2024-03-01', dateSource: 'dateline' } });
    expect(dateEvents(d, [event(text, 'met')])[0].date).toBe('2024-02-29');
  });
});
