// PLOVER's rule for intent: cooperation reported as future or intended is AGREE, and material conflict
// reported as future is THREATEN. The CAMEO code moves to the matching "express intent" (03x) or
// "threaten" (13x) code, as CAMEO itself pairs them.

/** CAMEO prefix of an act -> the intent code for it. Longest prefix wins. */
const INTENT: [string, string][] = [
  ['04', '036'], ['05', '032'], ['057', '030'], ['06', '031'], ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'],
  ['07', '033'], ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'], ['075', '033'],
  ['08', '035'], ['081', '0351'], ['082', '0352'], ['083', '034'], ['084', '0353'], ['085', '0354'], ['086', '0355'], ['087', '0356'],
  ['14', '133'], ['15', '138'], ['16', '131'], ['161', '1313'], ['162', '1311'], ['163', '1312'], ['164', '134'], ['165', '135'], ['166', '136'],
  ['17', '130'], ['172', '132'], ['173', '130'], ['174', '136'], ['175', '137'], ['18', '138'], ['19', '138'], ['191', '1381'], ['192', '1382'],
  ['20', '1383'], ['204', '1385'],
];

/** The intent code for a CAMEO code reported as future, or null when it stays as it is (verbal acts, AGREE). */
export function intentCode(code: string): string | null {
  let best: string | null = null;
  let len = 0;
  for (const [p, c] of INTENT) if (code.startsWith(p) && p.length > len) { best = c; len = p.length; }
  return best;
}
