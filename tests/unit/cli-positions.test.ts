import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/check-file';
import { BUNDLED_PACK, loadPack } from '../../src/cli/load';

const bundledPack = () => loadPack(BUNDLED_PACK);

describe('flag positions in the command-line report', () => {
  it('counts lines and columns in text input, across wrapped lines of one paragraph', () => {
    const text = [
      'Notes on the kingdom',
      '',
      'Its diplomats are few and its service is small, and it',
      'has grown slowly.   Bhutan joined the United Nations in 1985, officials say.',
      '',
    ].join('\n');
    const check = checkFile('notes.txt', text, { packs: [bundledPack()], all: true });
    expect(check.result.flags.map((flag) => flag.claimId)).toEqual(['f06-un-admission-1971']);
    expect(check.positions).toEqual([{ line: 4, column: 21 }]);
  });
  it('numbers blocks and sentences in HTML input', () => {
    const html =
      '<html><body><article><h1>Bhutan and the UN</h1><p>The kingdom is small. Bhutan joined the United Nations in 1985, officials say.</p></article></body></html>';
    const check = checkFile('page.html', html, { packs: [bundledPack()], all: true });
    expect(check.positions).toEqual([{ block: 2, sentence: 2 }]);
  });
});
