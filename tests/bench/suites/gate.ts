/**
 * The topic gate on 100 KB of off-topic text (the real off-topic fixture pages, repeated), which is
 * all the engine does on most pages a reader opens; beside it the floor, one tokenising pass.
 */
import { checkPage, topicOf, type PageText, type TextBlock } from '../../../src/core/check';
import { buildIndex } from '../../../src/core/match/index';
import { loadBundledPack, loadLabelledPages, pageText, TODAY } from '../fixtures';
import { floorTokenise } from '../floor';
import { time, writeResult } from '../harness';

const SIZE = 100 * 1024;
const offTopic = loadLabelledPages().filter((page) => !page.relevant);
const blocks: TextBlock[] = [];
let length = 0;
while (length < SIZE && offTopic.length) {
  for (const labelled of offTopic) {
    for (const block of labelled.page.blocks) {
      if (length >= SIZE) break;
      const text = block.text.slice(0, SIZE - length);
      blocks.push({ ...block, text });
      length += text.length + 1;
    }
  }
}
const title = offTopic[0]?.page.title;
const page: PageText = { ...(title ? { title } : {}), blocks };
const text = pageText(page);
const index = buildIndex([loadBundledPack()]);

const floor = time('floor', () => floorTokenise(text), { ms: 500 });
const gate = time('topicOf', () => topicOf(page), { ms: 1000 });
const check = time('checkPage', () => checkPage(page, index, { today: TODAY }), { ms: 1000 });
const result = checkPage(page, index, { today: TODAY });

const round = (value: number): number => Number(value.toFixed(3));
writeResult({
  kilobytes: Number((text.length / 1024).toFixed(1)),
  pages: offTopic.map((labelled) => labelled.file),
  floorMs: round(floor.medianMs),
  gateMs: round(gate.medianMs),
  gateRatioToFloor: Number((gate.medianMs / floor.medianMs).toFixed(2)),
  checkPageMs: round(check.medianMs),
  relevant: result.relevant,
  flags: result.flags.length,
});
