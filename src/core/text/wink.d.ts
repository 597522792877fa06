declare module 'wink-porter2-stemmer' {
  /** The Porter2 stem of a lower-case English word. */
  export default function stem(word: string): string;
}
declare module 'wink-lexicon/src/irregular-verbs.js' {
  /** Every form of an irregular English verb mapped to its base form. */
  const verbs: Readonly<Record<string, string>>;
  export default verbs;
}
