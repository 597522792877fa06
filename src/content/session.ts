/**
 * One checking session on a page that passed the topic gate: ask the worker → draw → listen.
 * Everything it starts stops with its AbortSignal (pause, navigation, settings change).
 */
import type { PageFlag } from '../messages';
import { sendToWorker } from '../messaging';
import { extractBlocks, type ExtractedBlock } from '../dom/extract';
import { Announcer } from './announcer';
import { payload } from './gate';
import { CardHost } from './card-host';
import { isHidden } from './extract-live';
import { Painter } from './highlights';
import { PREFIX } from './names';
import { rangeFor } from './ranges';
import type { LivePage, Session, SessionState } from './session-api';
import { sliceClock } from './slices';
import { StandIn } from './stand-in';

const OBSERVE_DEBOUNCE_MS = 400;

interface Drawn {
  readonly flag: PageFlag;
  readonly range: Range;
  readonly element: Element;
}

export class PageSession implements Session {
  private readonly blocks: ExtractedBlock[];
  private drawn: Drawn[] = [];
  private current = -1;
  private paused = false;
  private note: string | undefined;
  private readonly painter: Painter;
  private readonly card: CardHost;
  private readonly standIn: StandIn;
  private readonly announcer: Announcer;

  constructor(
    private readonly page: LivePage,
    private readonly signal: AbortSignal,
  ) {
    this.blocks = [...page.blocks];
    this.painter = new Painter(signal);
    this.card = new CardHost(signal);
    this.standIn = new StandIn(signal);
    this.announcer = new Announcer(signal);
    signal.addEventListener('abort', () => {
      this.drawn = [];
      this.current = -1;
      void this.reportCount();
    });
  }

  get state(): SessionState {
    return {
      paused: this.paused,
      flags: this.drawn.map((item) => item.flag),
      ...(this.note ? { note: this.note } : {}),
    };
  }

  /** Draws the worker's first answer, then follows the page's changes and the user's input. */
  async start(flags: readonly PageFlag[]): Promise<void> {
    // Listening first: a click on a flag the moment it is drawn must open its card.
    this.listen();
    await this.drawFlags(flags);
    if (this.signal.aborted) return;
    this.observe(this.page.root);
  }

  /** Checks blocks added to the page since (the worker does not gate them again). */
  private async check(indices: readonly number[]): Promise<void> {
    const blocks = payload({ ...this.page, blocks: this.blocks }, indices);
    if (!blocks.text.length) return;
    const response = await sendToWorker('cs-bg/check-page', {
      url: location.href,
      title: document.title,
      blocks,
      append: true,
    });
    if (this.signal.aborted) return;
    if (!response.ok) {
      console.warn(`[${PREFIX}] the check failed: ${response.error}`);
      return;
    }
    this.paused = response.paused;
    if (response.note) this.note = response.note;
    if (!response.paused) await this.drawFlags(response.flags);
  }

  /** Turns flags into ranges a slice at a time, then draws them all at once. */
  private async drawFlags(flags: readonly PageFlag[]): Promise<void> {
    const clock = sliceClock();
    for (const flag of flags) {
      const block = this.blocks[flag.block];
      const range = block ? rangeFor(block, flag.start, flag.end) : null;
      if (range && block) this.drawn.push({ flag, range, element: block.element });
      await clock.maybeYield();
      if (this.signal.aborted) return;
    }
    this.drawn.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    this.redraw();
    await this.reportCount();
  }

  private redraw(): void {
    this.painter.draw(
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
        // A page script's synthetic click (isTrusted false) never opens a card.
        if (!event.isTrusted || event.button !== 0 || event.defaultPrevented) return;
        const range = this.painter.rangeAt(
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
        if (!event.isTrusted) return;
        const target = event.target as HTMLElement | null;
        if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
        // In-page fallback for the extension commands (Alt+Shift+J / K).
        if (event.altKey && event.shiftKey && (event.code === 'KeyJ' || event.code === 'KeyK')) {
          event.preventDefault();
          this.step(event.code === 'KeyJ' ? 1 : -1);
        }
      },
      { signal: this.signal },
    );
  }

  private openCard(index: number): void {
    const item = this.drawn[index];
    if (!item) return;
    this.current = index;
    this.redraw();
    this.card.open(
      item.flag,
      item.range,
      () => void this.notAMatch(item),
      () => this.focusFlag(item),
    );
  }

  /** Puts the keyboard's stand-in on a flag and focuses it (Esc and Close come back here). */
  private focusFlag(item: Drawn): void {
    const index = this.drawn.indexOf(item);
    if (index < 0) return;
    this.standIn.show(
      item.range,
      `Flag ${index + 1} of ${this.drawn.length}, ${item.flag.verdict}: ${item.flag.reason} Press Enter to open its card.`,
      () => this.openCard(this.drawn.indexOf(item)),
    );
  }

  reveal(id: string): boolean {
    const index = this.drawn.findIndex((item) => item.flag.id === id);
    if (index < 0) return false;
    // Instantly, so the card is placed against where the sentence ends up.
    this.scrollTo(index, 'instant');
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
    const item = this.drawn[this.current] as Drawn;
    this.scrollTo(this.current);
    this.redraw();
    this.focusFlag(item);
    this.announcer.say(
      `Flag ${this.current + 1} of ${this.drawn.length}, ${item.flag.verdict}: ${item.flag.reason} Press Enter to open the card.`,
    );
  }

  private scrollTo(index: number, behavior?: ScrollBehavior): void {
    const item = this.drawn[index];
    if (!item) return;
    const rect = item.range.getBoundingClientRect();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({
      top: rect.top + window.scrollY - window.innerHeight / 3,
      behavior: behavior ?? (reduced ? 'instant' : 'smooth'),
    });
  }

  private async notAMatch(item: Drawn): Promise<void> {
    this.drawn = this.drawn.filter((other) => other !== item);
    this.current = -1;
    this.standIn.remove();
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
    const ours = (element: Element): boolean =>
      element.id.startsWith(PREFIX) ||
      (element instanceof HTMLElement && element.classList.contains(`${PREFIX}-mark`));
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!element || element.closest(`[id^="${PREFIX}"], mark.${PREFIX}-mark`)) continue;
        if (record.type === 'childList') {
          for (const added of Array.from(record.addedNodes)) {
            const el = added.nodeType === 1 ? (added as Element) : added.parentElement;
            if (el && !ours(el)) changed.add(el);
          }
        } else changed.add(element);
      }
      if (!changed.size) return;
      clearTimeout(timer);
      timer = setTimeout(() => void this.recheck([...changed], changed), OBSERVE_DEBOUNCE_MS);
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
    const clock = sliceClock();
    for (const element of roots) {
      this.drawn = this.drawn.filter(
        (item) => !element.contains(item.element) || item.range.toString() === item.flag.sentence,
      );
      const options = { isHidden, ...(this.page.readComments ? { readComments: true } : {}) };
      for (const block of extractBlocks(element, options)) {
        if (
          this.blocks.some((known) => known.element === block.element && known.text === block.text)
        )
          continue;
        fresh.push(this.blocks.push(block) - 1);
      }
      await clock.maybeYield();
      if (this.signal.aborted) return;
    }
    if (fresh.length) await this.check(fresh);
    else this.redraw();
  }
}
