/**
 * What a reader has in mind at each sentence of a page: the entities named in the last sentences
 * (the subject, named first, before the others), the current section's heading, the page title,
 * and the page's own subject. Referring words and missing arguments resolve against it.
 */
export interface Named {
  readonly entity: string;
  readonly kind: string;
}

/** Sentences back that a referring word can reach. */
const WINDOW = 2;

export class Salience {
  private recent: Named[][] = [];
  // (Whether a heading or the title spans several things is read once, when it is recorded.)
  private readonly headings: { level: number; named: Named[]; text: string; spans: boolean }[] = [];
  private titleNamed: Named[] = [];
  private titleText = '';
  private titleSpans = false;

  constructor(private readonly subject?: Named) {}

  private isSubject(item: Named): boolean {
    return item.entity === this.subject?.entity;
  }

  title(named: readonly Named[], text: string): void {
    this.titleNamed = dedupe(named);
    this.titleText = text;
    this.titleSpans = SPAN.test(text);
  }

  /** A heading opens a section: what came before it no longer carries over. */
  heading(level: number, named: readonly Named[], text: string): void {
    while (this.headings.length && (this.headings[this.headings.length - 1]?.level ?? 0) >= level)
      this.headings.pop();
    this.headings.push({ level, named: dedupe(named), text, spans: SPAN.test(text) });
    this.recent = [];
  }

  /** After a sentence: what it named, in order (its subject first). */
  sentence(named: readonly Named[]): void {
    this.recent.push(dedupe(named));
    if (this.recent.length > WINDOW) this.recent.shift();
  }

  /**
   * The entities of the given kinds a referring word most likely means, best first: the latest
   * sentence's first-named, then earlier sentences, then the section heading, the title and the
   * page subject.
   */
  candidates(
    kinds: readonly string[],
    count: number,
    accept: (entity: string) => boolean = () => true,
  ): Named[] {
    const out: Named[] = [];
    const take = (named: readonly Named[]): void => {
      for (const item of named)
        if (
          kinds.includes(item.kind) &&
          out.length < count &&
          !out.some((chosen) => chosen.entity === item.entity) &&
          accept(item.entity)
        )
          out.push(item);
    };
    for (let i = this.recent.length - 1; i >= 0; i--) take(this.recent[i] ?? []);
    for (let i = this.headings.length - 1; i >= 0; i--) take(this.headings[i]?.named ?? []);
    take(this.titleNamed);
    if (this.subject) take([this.subject]);
    return out;
  }

  /** The text of the heading over the current section, if any. */
  headingText(): string | undefined {
    return this.headings[this.headings.length - 1]?.text;
  }

  /**
   * Whether the title or a heading over the current section names the page's subject, or the
   * latest sentence that names a country names it first.
   */
  subjectFramed(): boolean {
    const subject = this.subject?.entity;
    if (!subject) return false;
    // The sentence before was about it (named it first): "The kingdom joined the IMF in 1981.
    // Membership of the FAO followed in 1982" goes on about the same subject.
    // (Called after the current sentence is recorded: the latest sentence naming a country counts.)
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const country = this.recent[i]?.find((item) => item.kind === 'country');
      if (!country) continue;
      if (country.entity === subject) return true;
      break;
    }
    if (names(this.titleNamed, subject)) return true;
    for (const heading of this.headings) if (names(heading.named, subject)) return true;
    return false;
  }

  /**
   * What the section (or, outside any section that names one, the page title) is about, for a
   * sentence that leaves an argument unsaid ("Relations with Kuwait" over "Ties date from 1983").
   */
  framing(kind: string): { entity: string; surface: string } | null {
    for (let i = this.headings.length - 1; i >= 0; i--) {
      const heading = this.headings[i];
      // "the four treaties, from Sinchula to 2007" spans several; it is about none of them.
      if (heading?.spans) continue;
      const of = heading?.named.filter((item) => item.kind === kind && !this.isSubject(item)) ?? [];
      if (of.length === 1 && heading)
        return { entity: of[0]?.entity as string, surface: heading.text };
      if (of.length > 1) return null;
    }
    if (this.titleSpans) return null;
    const of = this.titleNamed.filter((item) => item.kind === kind && !this.isSubject(item));
    return of.length === 1 ? { entity: of[0]?.entity as string, surface: this.titleText } : null;
  }
}

/**
 * A title or heading about several things, not one: a span ("from Sinchula to 2007", "Sinchula
 * to 2007") or a plural ("the four treaties", "Bhutan's partners").
 */
const SPAN =
  /\bfrom\b[^.]{1,60}?\b(?:to|until|through)\b|\b[\p{L}]+\s+(?:to|until|through)\s+\d{4}\b|\b(?:treaties|agreements|countries|organi[sz]ations|bodies|memberships|partners)\b/iu;

function names(named: readonly Named[], entity: string): boolean {
  for (const item of named) if (item.entity === entity) return true;
  return false;
}

function dedupe(named: readonly Named[]): Named[] {
  const seen = new Set<string>();
  return named.filter((item) => !seen.has(item.entity) && seen.add(item.entity));
}
