/** An article's identity key: its canonical URL, or the hash of its content when it has no URL. */
export const identity = (k: { canonicalUrl: string | null; contentHash: string }): string => k.canonicalUrl ?? `sha256:${k.contentHash}`;
