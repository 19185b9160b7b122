// The actors layer's public surface: the stage, the dictionary loader, and helpers other stages use
// to ask who a span of text stands for.
export { actorsStage } from './stage.ts';
export { buildDictionary, loadDictionary, DATA_VERSION, type Dictionary } from './dictionary.ts';
export { roleAt, actorRef } from './roles.ts';
export { DictionaryError, type ActorEntry, type Role } from './types.ts';
export { actorAt, mentionAt, entityAt, pronounInfo, pronounCompatible } from './lookup.ts';
