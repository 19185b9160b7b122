import type { Stage } from '../pipeline/stage.ts';
import { dateEvents } from '../time/event-dates.ts';
import { codeDoc } from './code.ts';
import { loadOntology, loadVerbs } from './load.ts';
import { loadSportWords } from './sport.ts';

/**
 * PLOVER/CAMEO events: verb patterns find triggers, the actor layer gives source and target, quotes
 * give the claim an event was made in.
 */
export const eventsStage: Stage = {
  name: 'events',
  version: '1',
  reads: ['sentences', 'tokens', 'deps', 'entities', 'mentions', 'quotes'],
  writes: ['events'],
  create() {
    const data = { ontology: loadOntology(), verbs: loadVerbs(), sport: loadSportWords() };
    return (doc) => doc.set('events', dateEvents(doc, codeDoc(doc, data)));
  },
};
