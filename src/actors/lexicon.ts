// Small closed word lists the recognizer uses. Open lists (names, agents) live in data/actors/.
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Head words that make a capitalised phrase an organisation, with the sector they give when known. */
export const ORG_WORDS = new Map<string, string | null>([
  ...[...set('ministry ministries government cabinet presidency secretariat directorate embassy consulate commission administration office bureau')].map((w) => [w, 'GOV'] as const),
  ...[...set('army forces force navy corps brigade brigades battalion regiment guard militia command')].map((w) => [w, 'MIL'] as const),
  ...[...set('police gendarmerie')].map((w) => [w, 'COP'] as const),
  ...[...set('parliament assembly senate congress legislature')].map((w) => [w, 'LEG'] as const),
  ...[...set('court tribunal judiciary')].map((w) => [w, 'JUD'] as const),
  ...[...set('party')].map((w) => [w, 'PTY'] as const),
  ...[...set(`council union bank association company corporation corp inc ltd limited plc group university college school
    institute agency organization organisation front fund foundation movement coalition authority board department service
    services federation alliance league society club network news times post herald tribune journal gazette radio tv
    television press airlines airways holdings trust chamber mission programme program initiative centre center
    cooperative cooperatives committee forum council institution ngo inc. ltd. co. co gmbh sacco saccos exchange telegraph
    express observer standard guardian monitor nation daily weekly mail media broadcasting broadcast enterprises industries
    consortium partners bancorp church hospital academy laboratory laboratories commission unit fc`)].map((w) => [w, null] as const),
]);

/** Head words that make a capitalised phrase a place. */
export const LOC_WORDS = set(`province provinces region district county municipality city town village river lake mountains
  mountain mount island islands valley desert sea ocean gulf bay peninsula coast highlands plateau basin delta strait
  state states territory territories street road avenue square boulevard park forest hills hill falls canal governorate
  prefecture oblast emirate kingdom republic`);

/** Words that open a place name: "Lake Victoria", "Mount Kenya". */
export const LOC_PREFIX = set('lake mount gulf bay cape port fort san santa st. st saint sierra');

/** Honorifics and short titles that mark a person: "Mr Kèrè", "Gen. Munir". */
export const PERSON_TITLES = new Map<string, 'm' | 'f' | null>([
  ...[...set('mr mr. sir lord king prince sheikh sheik emir sultan pope father brother monsignor ayatollah mullah imam rabbi cardinal')].map((w) => [w, 'm'] as const),
  ...[...set('mrs mrs. ms ms. miss madam madame dame lady queen princess sister')].map((w) => [w, 'f'] as const),
  ...[...set(`dr dr. prof prof. professor gen gen. general col col. colonel lt lt. lieutenant capt capt. captain maj maj. major
    sgt sgt. sergeant adm adm. admiral cmdr commander marshal brig brig. brigadier sen sen. senator rep rep. representative
    gov gov. governor hon hon. honourable honorable judge justice chief rev rev. reverend bishop archbishop president
    minister secretary chairman chairwoman chairperson ambassador mayor premier chancellor deputy speaker officer inspector
    superintendent commissioner director coach dean envoy spokesman spokeswoman spokesperson vice manager executive
    managing founder co-founder ceo chairperson head principal secretaries ministers mp mk`)].map((w) => [w, null] as const),
]);

/** Capitalised words that are not names on their own. */
export const NOT_NAMES = set(`i a an the this that these those there here it its he she we they you his her their our my your
  in on at by for from of to with without and or but nor so yet if when while after before since as because although though
  however meanwhile moreover also then thus still not no yes all some any each every many most more much other another such
  what which who whom whose where why how monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december today yesterday tomorrow mr mrs ms dr according read
  more last next first second third new both either neither one two three four five six seven eight nine ten during
  under over between among about against into onto upon via per amid despite within is are was were be been has have had
  do does did will would shall should can could might must let let's i'm i’m i've i’ve i'd i’d i'll i’ll we're we’re
  it's it’s that's that’s there's there’s`);

/** Prepositions after which a place name is a location rather than its government ("in Moscow"). */
export const LOCATIVE = set('in at near from into across around outside inside throughout via to toward towards within');

/** Verbs of saying: a name next to one is a speaker (a person, usually). */
export const SPEECH = set(`said says say told tells tell added adds stated states noted notes claimed claims insisted insists
  argued argues warned warns announced announces explained explains stressed stresses asked asks wrote writes declared
  declares urged urges replied replies remarked remarks affirmed affirms described describes`);

/** Particles that join the parts of a person's or place's name: "Lula da Silva", "bin Salman". */
export const NAME_PARTICLES = set('da de del della der di do dos du el al bin ibn van von la le le ben abu y');

/** Pronouns resolved by coreference, with number and gender. */
export const PRONOUNS = new Map<string, { gender: 'm' | 'f' | null; plural: boolean }>([
  ...['he', 'him', 'his', 'himself'].map((w) => [w, { gender: 'm' as const, plural: false }] as const),
  ...['she', 'her', 'hers', 'herself'].map((w) => [w, { gender: 'f' as const, plural: false }] as const),
  ...['they', 'them', 'their', 'theirs', 'themselves'].map((w) => [w, { gender: null, plural: true }] as const),
]);
