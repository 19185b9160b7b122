/** One input record, as readers produce it and `analyze --jsonl` reads it (CONTRACT.md). */
export interface RawRecord {
  id: string;
  text?: string;
  html?: string;
  url?: string | null;
  /** ISO day the article was published; decides date-bounded roles. */
  date?: string | null;
  /** 'feed' when `date` is a feed item's date rather than the record's own (see article-date.ts). */
  dateSource?: 'record' | 'feed';
  title?: string | null;
  /** The file the record was read from, when it is one file: a date in its path dates an article without a URL. */
  path?: string;
  /** Where the record came from (a file path, a feed), for error messages. */
  origin?: string;
}
