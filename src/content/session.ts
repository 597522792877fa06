/**
 * One checking session for one page view: extract → gate → ask the worker → draw → listen.
 * Everything it starts stops with its AbortSignal (pause, navigation, settings change).
 */
import { topicOf } from '../core/page';
import type { ExtractedBlock } from '../dom/extract';
import type { BlockPayload, PageFlag } from '../messages';
import { sendToWorker } from '../messaging';
import { Announcer } from './announcer';
import { CardHost } from './card';
import { clearDrawing, draw, flagRangeAt, installStyle, PREFIX } from './highlights';
import { extractLive, isHidden, yieldToPage } from './extract-live';
import { rangeFor } from './ranges';
import { extractBlocks } from '../dom/extract';

const OBSERVE_DEBOUNCE_MS = 400;

interface Drawn {
  readonly flag: PageFlag;
  readonly range: Range;
  readonly element: Element;
}

export type SessionState = {
  readonly relevant: boolean;
  readonly paused: boolean;
  readonly flags: readonly PageFlag[];
};

export class PageSession {
  private readonly controller = new AbortController();
  private blocks: ExtractedBlock[] = [];
  private drawn: Drawn[] = [];
  private current = -1;
  private relevant = false;
  private paused = false;
  private readonly card: CardHost;
  private readonly announcer: Announcer;

  constructor() {
    this.card = new CardHost(this.signal);
    this.announcer = new Announcer(this.signal);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get state(): SessionState {
    return {
      relevant: this.relevant,
      paused: this.paused,
      flags: this.drawn.map((item) => item.flag),
    };
  }

  /** Stops everything this session started; the page reads as paused until a new session starts. */
  stop(): void {
    this.controller.abort();
    this.drawn = [];
    this.current = -1;
    this.paused = true;
    clearDrawing();
    void this.reportCount();
  }

  /** The first pass: cheap gate, extraction and topic; only a relevant page goes further. */
  async start(): Promise<void> {
    const body = document.body;
    if (!body) return;
    // Gate 0: a page that never names Bhutan costs one text read and one regular expression.
    if (
      !/bhutan|thimphu|druk\s+(?:yul|gyalpo)/i.test(`${document.title} ${body.textContent ?? ''}`)
    )
      return;
    const page = await extractLive(this.signal);
    if (this.signal.aborted || !page.root) return;
    this.relevant = topicOf({
      title: document.title,
      blocks: page.blocks,
      meta: metaText(),
    }).relevant;
    if (!this.relevant) return;
    this.blocks = page.blocks;
    await this.check(
      page.blocks.map((_, i) => i),
      false,
      page.publishedAt,
    );
    if (this.paused || this.signal.aborted) return;
    this.observe(page.root);
    this.listen();
  }

  private payload(indices: readonly number[]): BlockPayload[] {
    return indices.flatMap((index) => {
      const block = this.blocks[index];
      if (!block) return [];
      const { text, kind, level, cells, lead } = block;
      return [
        {
          index,
          text,
          kind,
          ...(level ? { level } : {}),
          ...(cells ? { cells } : {}),
          ...(lead ? { lead } : {}),
        },
      ];
    });
  }

  private async check(
    indices: readonly number[],
    append: boolean,
    publishedAt?: string,
  ): Promise<void> {
    const blocks = this.payload(indices);
    if (!blocks.length) return;
    const response = await sendToWorker('cs-bg/check-page', {
      url: location.href,
      title: document.title,
      ...(publishedAt ? { publishedAt } : {}),
      blocks,
      append,
    });
    if (this.signal.aborted) return;
    if (!response.ok) {
      console.warn(`[${PREFIX}] the check failed: ${response.error}`);
      return;
    }
    this.paused = response.paused;
    if (response.paused) return;
    installStyle(this.signal);
    for (const flag of response.flags) {
      const block = this.blocks[flag.block];
      const range = block ? rangeFor(block, flag.start, flag.end) : null;
      if (range && block) this.drawn.push({ flag, range, element: block.element });
      if (this.drawn.length % 50 === 0) await yieldToPage();
    }
    this.drawn.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    this.redraw();
    await this.reportCount();
  }

  private redraw(): void {
    draw(
      this.drawn.map((item) => ({ range: item.range, verdict: item.flag.verdict })),
      this.drawn[this.current]?.range ?? null,
    );
  }

  private async reportCount(): Promise<void> {
    const live = this.signal.aborted ? [] : this.drawn;
    await sendToWorker('cs-bg/page-count', {
      count: live.length,
      contradicted: live.filter((item) => item.flag.verdict === 'contradicted').length,
    });
  }

  private listen(): void {
    document.addEventListener(
      'click',
      (event) => {
        if (event.button !== 0 || event.defaultPrevented) return;
        const range = flagRangeAt(
          event.clientX,
          event.clientY,
          this.drawn.map((item) => item.range),
        );
        const index = this.drawn.findIndex((item) => item.range === range);
        if (index >= 0) this.openCard(index);
      },
      { signal: this.signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        const target = event.target as HTMLElement | null;
        if (
          target?.closest('input, textarea, select, [contenteditable="true"]') ||
          target?.id === `${PREFIX}-card-host`
        )
          return;
        // In-page fallback for the extension commands (Alt+Shift+J / K).
        if (event.altKey && event.shiftKey && (event.code === 'KeyJ' || event.code === 'KeyK')) {
          event.preventDefault();
          this.step(event.code === 'KeyJ' ? 1 : -1);
        } else if (
          event.key === 'Enter' &&
          this.current >= 0 &&
          !this.card.currentFlagId &&
          !event.altKey &&
          !event.ctrlKey &&
          !event.metaKey
        ) {
          if (target && target !== document.body && target.matches('a, button, [tabindex]')) return;
          event.preventDefault();
          this.openCard(this.current);
        }
      },
      { signal: this.signal },
    );
  }

  openCard(index: number): void {
    const item = this.drawn[index];
    if (!item) return;
    this.current = index;
    this.redraw();
    this.card.open(item.flag, item.range, () => void this.notAMatch(item));
  }

  reveal(id: string): boolean {
    const index = this.drawn.findIndex((item) => item.flag.id === id);
    if (index < 0) return false;
    this.scrollTo(index);
    this.openCard(index);
    return true;
  }

  step(direction: 1 | -1): void {
    if (!this.drawn.length) {
      this.announcer.say('No flagged sentences on this page.');
      return;
    }
    this.card.close(false);
    this.current = (this.current + direction + this.drawn.length) % this.drawn.length;
    if (this.current < 0) this.current = direction === 1 ? 0 : this.drawn.length - 1;
    this.scrollTo(this.current);
    this.redraw();
    const item = this.drawn[this.current] as Drawn;
    const verdict = item.flag.verdict === 'supported' ? 'supported' : 'contradicted';
    this.announcer.say(
      `Flag ${this.current + 1} of ${this.drawn.length}, ${verdict}: ${item.flag.reason} Press Enter to open the card.`,
    );
  }

  private scrollTo(index: number): void {
    const item = this.drawn[index];
    if (!item) return;
    const rect = item.range.getBoundingClientRect();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({
      top: rect.top + window.scrollY - window.innerHeight / 3,
      behavior: reduced ? 'auto' : 'smooth',
    });
  }

  private async notAMatch(item: Drawn): Promise<void> {
    this.drawn = this.drawn.filter((other) => other !== item);
    this.current = -1;
    this.redraw();
    await sendToWorker('cs-bg/hide-flag', {
      url: location.href,
      claimId: item.flag.claimId,
      sentence: item.flag.sentence,
    });
    await this.reportCount();
    this.announcer.say('Flag hidden on this page.');
  }

  /** Added or changed text is checked on its own, after a quiet moment. */
  private observe(root: Element): void {
    const changed = new Set<Element>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (
          !element ||
          element.closest(`#${PREFIX}-card-host, #${PREFIX}-live, mark.${PREFIX}-mark`)
        )
          continue;
        if (record.type === 'childList') {
          for (const added of Array.from(record.addedNodes)) {
            const el = added.nodeType === 1 ? (added as Element) : added.parentElement;
            if (
              el &&
              !el.id.startsWith(PREFIX) &&
              !(el instanceof HTMLElement && el.classList.contains(`${PREFIX}-mark`))
            )
              changed.add(el);
          }
        } else changed.add(element);
      }
      if (!changed.size) return;
      clearTimeout(timer);
      timer = setTimeout(
        () => void this.recheck([...changed].splice(0), changed),
        OBSERVE_DEBOUNCE_MS,
      );
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  }

  private async recheck(elements: Element[], pending: Set<Element>): Promise<void> {
    pending.clear();
    // Keep only the outermost changed elements; drop flags whose block changed under them.
    const roots = elements.filter(
      (el) => el.isConnected && !elements.some((other) => other !== el && other.contains(el)),
    );
    const fresh: number[] = [];
    for (const element of roots) {
      this.drawn = this.drawn.filter(
        (item) => !element.contains(item.element) || item.range.toString() === item.flag.sentence,
      );
      for (const block of extractBlocks(element, { isHidden })) {
        if (
          this.blocks.some((known) => known.element === block.element && known.text === block.text)
        )
          continue;
        fresh.push(this.blocks.push(block) - 1);
      }
    }
    if (fresh.length) await this.check(fresh, true);
    else this.redraw();
  }
}

function metaText(): string[] {
  return ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="keywords"]']
    .map((selector) => document.querySelector(selector)?.getAttribute('content') ?? '')
    .filter(Boolean);
}
