// The 16 PLOVER event types, cooperation first, material conflict last: a small fixed table of the
// contract, shared by the API's checks and the page's filter form.
export const PLOVER: readonly string[] = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
