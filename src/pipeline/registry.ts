// Every stage after the article stage, in the order they run. The article stage (HTML or text to a
// Doc) is first and fixed: see article/read-article.ts.
import type { Stage } from './stage.ts';
import { nlpStage } from '../nlp/stage.ts';
import { syntaxStage } from '../syntax/stage.ts';
import { actorsStage } from '../actors/stage.ts';
import { eventsStage } from '../events/stage.ts';
import { quotesStage } from '../quotes/stage.ts';

export const STAGES: readonly Stage[] = [nlpStage, syntaxStage, actorsStage, quotesStage, eventsStage];
