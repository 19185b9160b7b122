// Lines that Readability keeps inside the body but that are not article text: captions and photo
// credits, bylines and update stamps, calls to subscribe, follow or share, ad labels. Each rule looks
// at one block's text; all are anchored or length-bounded so that a news sentence that merely
// mentions a photo or a newsletter is kept.

export type BoilerKind = 'caption' | 'credit' | 'byline' | 'dateline' | 'subscribe' | 'boilerplate';

const AGENCY = String.raw`(?:Getty(?: Images)?|GETTY(?: IMAGES)?|AFP|AP|Reuters|REUTERS|EPA|Shutterstock|SHUTTERSTOCK|iStock(?:photo)?|Alamy|PA(?: Images| Wire)?|Bloomberg|Xinhua|Sipa|Rex(?:\/Shutterstock)?|ANI|PTI|NurPhoto|SOPA|Anadolu|Handout|HANDOUT|File|FILE|Supplied)`;

const CREDIT: RegExp[] = [
  /^(?:image|photo|picture|pic|video|graphic|illustration)s?\s*(?:copyright|caption|credit|courtesy|source|by)\b/i,
  /^(?:photos?|images?|pictures?|pics?|credits?|source|illustrations?|graphics?|video|courtesy(?: of)?|file photo)\s*[:©|/]/i,
  /^\(?\s*(?:©|\(c\)|copyright\b)/i,
  new RegExp(String.raw`\((?:[^()]{0,60}\b)?(?:image|photo|pic|picture|credit|file|video)s?\b[^()]{0,80}\)\s*$`, 'i'),
  new RegExp(String.raw`(?:credit|photo|image)s?\s*:\s*[^.!?]{1,70}$`, 'i'),
  new RegExp(String.raw`\[(?:file|photo|image|video)?[^\[\]]{0,40}${AGENCY}[^\[\]]{0,40}\]\s*$`, 'i'),
];

/** "Alex Wong | Getty Images", "Natalie Naccache | Bloomberg | Getty Images", "Jason Cipriani/ZDNet". */
const NAME_SLASH_SOURCE = /^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s*[|/]\s*[\p{Lu}][\p{L}&.,' -]{1,40}(?:\s*[|/]\s*[\p{Lu}][\p{L}&.,' -]{1,40})*$/u;
const AGENCY_ONLY = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*[,/|]\s*)?${AGENCY}(?:\s*(?:[,/|]|via)\s*[\p{Lu}][\p{L}.' -]{0,30})*\.?$`, 'u');

const STAMP = /^(?:\|\s*)?(?:updated|posted|published|last updated|last modified|modified|first published|created|date)\b\s*(?::|on\b|at\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday)[a-z]*\b|$)/i;
const BYLINE = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eporting by|[Tt]ext by)\s*:?\s+[\p{Lu}]/u;
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\.?$|\b(?:19|20)\d{2}\b/i;
const WRITER_LINE = /^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){1,3}\s*(?:,|\||-|–|—)\s*.{0,50}\b(?:writer|correspondent|reporter|editor|contributor|staff|columnist|journalist)s?\b.{0,30}$/iu;

/** A line that is only a date and time: "sexta-feira, 22 de outubro de 2010 às 20:13", "03/04/2021 10:12". */
const DATE_ONLY = /^(?=.*\b(?:19|20)\d{2}\b)(?=.*\b\d{1,2}[:h]\d{2}\b|.*\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b)[^.!?]*$/;
const CALL = /^(?:subscribe|sign up|sign in|log in|login|register|follow|join|download|get|click|tap|listen|watch|share|like us|for more|for the latest|don['’]t miss|have a (?:news )?tip|got a (?:news )?tip|want more|need more|to receive|never miss|read the full|continue reading|keep up|stay (?:up to date|informed|connected)|you can (?:follow|contact|reach)|contact (?:us|the author)|email (?:us|the author)|send (?:us|your)|this (?:post|article|story|page) (?:may contain|contains|was originally|first appeared|originally appeared)|this website uses cookies|we use cookies|support (?:our|independent)|please (?:share|subscribe|support|enable))\b/i;
const CALL_TOPIC = /\b(?:subscri\w*|newsletters?|inbox|twitter|facebook|instagram|youtube|linkedin|whatsapp|telegram|tiktok|podcasts?|app|apps|click|here|e-?mail|tips?|forums?|sign(?:ing)? up|cookies?|affiliate|javascript|rss|notifications?|alerts?|updates|journalism|below|channel)\b/i;
const ANYWHERE = /\b(?:may be reached at|can be reached at|follow (?:him|her|them|us|me) on|on twitter @|sign up for (?:our|the)|subscribe to (?:our|the)|subscribers? only|all rights reserved|this slideshow requires javascript|requires javascript|affiliate (?:and\/or referral )?links?|continue reading below|is subject to copyright|retrieved \d{1,2} \w+ \d{4} from)\b|(?:©|\(c\)|copyright)\s*(?:\d{4}|by\b)/i;
const LABEL = /^(?:advertisement|advert|ad|sponsored|sponsored content|promoted|skip to (?:main )?content|share|share this(?: article| story)?|comments?|\d+ comments?|print|email|caption|close|next|previous|enlarge this image|toggle caption|hide caption|image \d+ of \/? ?\d*|\d+ of \d+|loading\.*|play video|watch video|video|audio|listen|tell us what you think\W*|all rights reserved\.?|about the author|more from .{1,40})$/i;

/** What a body line is when it is not article text, or null. */
export function boilerKind(text: string): BoilerKind | null {
  const n = text.length;
  if (n <= 60 && LABEL.test(text)) return 'boilerplate';
  if (n <= 300) {
    for (const re of CREDIT) if (re.test(text)) return 'credit';
  }
  if (n <= 120 && (NAME_SLASH_SOURCE.test(text) || AGENCY_ONLY.test(text))) return 'credit';
  if (n <= 120 && STAMP.test(text)) return 'dateline';
  if (n <= 100 && BYLINE.test(text) && (!/[.!?]$/.test(text) || CLOCK.test(text))) return 'byline';
  if (n <= 150 && /©/.test(text) && !/[.!?]["”’]?$/.test(text)) return 'credit';
  if (n <= 60 && DATE_ONLY.test(text)) return 'dateline';
  if (n <= 120 && WRITER_LINE.test(text)) return 'byline';
  if (n <= 300 && CALL.test(text) && CALL_TOPIC.test(text)) return 'subscribe';
  if (n <= 400 && ANYWHERE.test(text)) return 'subscribe';
  return null;
}
