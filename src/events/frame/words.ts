// Word lists the frame modules read, by lemma (lower case). Short and general on purpose: each list
// names where its members come from, and none is tuned to a sentence of any corpus.

/**
 * Verbs whose xcomp or ccomp is an act intended or committed to, not yet done ("plans to send", "vowed
 * to retaliate", "agreed to withdraw"). From VerbNet's promise-37.13, commit (PropBank "intend.01",
 * "plan.01", "threaten.01"), and the future-oriented predicates of FactBank (Saurí & Pustejovsky 2009).
 */
export const INTEND_VERBS = new Set([
  'plan', 'intend', 'vow', 'pledge', 'promise', 'aim', 'prepare', 'threaten', 'expect', 'resolve', 'decide',
  'agree', 'offer', 'propose', 'seek', 'schedule', 'set', 'poise', 'undertake', 'commit',
]);

/** Nouns naming such an intention, when an infinitive or eventive noun hangs on them ("plans to", "a threat of"). */
export const INTEND_NOUNS = new Set(['plan', 'intention', 'intent', 'pledge', 'promise', 'threat', 'vow', 'bid', 'offer', 'proposal', 'commitment', 'readiness']);

/**
 * Verbs whose complement is an act someone wants done (directives and desires): VerbNet's want-32.1,
 * long-32.2, order-60, urge-58.1, and the PropBank "request"/"demand" rolesets.
 */
export const WISH_VERBS = new Set([
  'want', 'wish', 'hope', 'desire', 'need', 'demand', 'request', 'urge', 'ask', 'call', 'press', 'appeal', 'plead',
  'beg', 'order', 'command', 'tell', 'encourage', 'invite', 'require', 'push', 'implore', 'exhort', 'insist', 'recommend', 'advise',
]);

/** Nouns naming a wish or demand ("a call for talks", "demands to withdraw"). */
export const WISH_NOUNS = new Set(['call', 'demand', 'request', 'appeal', 'plea', 'wish', 'hope', 'desire', 'order', 'ultimatum', 'push', 'bid']);

/** Verbs whose complement did not happen ("failed to", "refused to", "declined to"): FactBank's negative implicatives. */
export const NEGATING_VERBS = new Set(['fail', 'refuse', 'decline', 'neglect', 'refrain', 'avoid', 'forgo', 'forget', 'omit', 'abstain']);

/** Nouns of the same kind ("their refusal to", "the failure to"). */
export const NEGATING_NOUNS = new Set(['refusal', 'failure']);

/** Words of negation on a predicate: the UD English `advmod` / `neg` dependents and the determiner "no". */
export const NEGATION_WORDS = new Set(['not', "n't", 'never', 'no', 'nt', 'nowhere', 'neither', 'nor']);

/** Modal auxiliaries by the mode they give (English grammar's will/shall future, epistemic and deontic modals). */
export const FUTURE_AUX = new Set(['will', 'shall', "'ll"]);
export const CONDITIONAL_AUX = new Set(['could', 'might', 'may', 'would']);
export const WISHED_AUX = new Set(['must', 'should', 'ought']);

/** Subordinators of a condition ("if", "unless", "in case", "provided that"). */
export const CONDITION_MARKS = new Set(['if', 'unless', 'in case', 'provided', 'providing', 'even if', 'as long as', 'lest', 'whether']);
/** Subordinators of a purpose clause: an intended act ("sent troops to secure", "in order to"). */
export const PURPOSE_MARKS = new Set(['to', 'in order to', 'so that', 'so as to', 'in order for']);

/** Units of "N years ago": a phrase far enough back to be history. */
export const LONG_AGO_UNITS = new Set(['year', 'years', 'decade', 'decades', 'century', 'centuries']);

/**
 * Verbs of accusing and blaming: VerbNet's judgement-33 (accuse, blame, charge, condemn, criticize) and
 * the CAMEO 11x "Disapprove/Accuse" verbs.
 */
export const ACCUSATION_VERBS = new Set(['accuse', 'blame', 'charge', 'allege', 'condemn', 'criticise', 'criticize', 'denounce', 'fault', 'indict', 'implicate', 'incriminate', 'suspect']);
/** Nouns of accusing ("accusations that", "allegations of"). */
export const ACCUSATION_NOUNS = new Set(['accusation', 'allegation', 'charge', 'claim', 'suspicion']);

/** Verbs of denying (VerbNet's deny/refute senses in say-37.7 and the PropBank "deny.01" roleset). */
export const DENIAL_VERBS = new Set(['deny', 'refute', 'rebut', 'dispute', 'dismiss', 'disprove', 'contest', 'reject']);
export const DENIAL_NOUNS = new Set(['denial']);

/**
 * Verbs of saying, reporting and believing, whose ccomp is a claim: WordNet's verb.communication and
 * verb.cognition lexicographer files (the common members), VerbNet's say-37.7, tell-37.2, complain-37.8,
 * conjecture-29.5 and FactBank's source-introducing predicates.
 */
export const REPORT_VERBS = new Set([
  'say', 'tell', 'state', 'report', 'announce', 'declare', 'claim', 'assert', 'add', 'note', 'insist', 'confirm',
  'acknowledge', 'admit', 'explain', 'warn', 'argue', 'maintain', 'stress', 'emphasise', 'emphasize', 'reveal',
  'disclose', 'indicate', 'suggest', 'write', 'tweet', 'post', 'testify', 'reiterate', 'repeat', 'mention',
  'complain', 'boast', 'predict', 'estimate', 'believe', 'think', 'consider', 'know', 'fear', 'assume', 'conclude',
  'find', 'understand', 'learn', 'hear', 'recall', 'remember', 'speculate', 'contend', 'affirm', 'aver', 'attest',
]);
/** Nouns introducing a report ("reports that", "the claim that"): said of a source, not of a fact. */
export const REPORT_NOUNS = new Set(['report', 'statement', 'claim', 'assertion', 'belief', 'view', 'announcement', 'rumour', 'rumor', 'news', 'word']);

/** Directive uses of communication verbs, not reports ("told X to leave" is a wish, handled by mode). */
export const DIRECTIVE_VERBS = new Set(['tell', 'ask', 'warn', 'urge', 'order']);

/**
 * Support (light) verbs: the verb carries the doer of an eventive noun that is its object ("staged
 * protests", "launched an attack", "held talks"). The support verbs of NomBank's guidelines (Meyers et
 * al. 2004: make, take, give, have, hold, conduct, carry out, ...) and the aspectual verbs that
 * govern an event noun (begin, start, continue, end, resume, halt, call off).
 */
export const SUPPORT_VERBS = new Set(['make', 'take', 'give', 'have', 'hold', 'conduct', 'carry', 'perform', 'launch', 'stage', 'mount', 'wage',
  'pursue', 'undertake', 'commit', 'issue', 'impose', 'declare', 'sign', 'reach', 'express', 'offer', 'deliver', 'lodge', 'file', 'lead',
  'begin', 'start', 'continue', 'end', 'resume', 'halt', 'stop', 'call', 'step', 'intensify', 'escalate', 'join', 'organise', 'organize', 'announce']);

/** English question words (UD PronType=Int, with their adverbs): a clause opening with one asks what, not whether. */
export const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where']);
