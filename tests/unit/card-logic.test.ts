import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE, placeCard } from '../../src/content/placement';
import { isOfficial, readableTitle, sourceView } from '../../src/ui/source-view';

const viewport = { width: 1280, height: 800 };
const line = (top: number) => ({ top, bottom: top + 24, left: 200, right: 900 });

describe('card placement', () => {
  it('opens below a sentence near the top and above one near the bottom', () => {
    expect(placeCard(line(100), { width: 380, height: 400 }, viewport)).toMatchObject({
      side: 'below',
      top: 130,
    });
    const above = placeCard(line(700), { width: 380, height: 400 }, viewport);
    expect(above.side).toBe('above');
    expect(above.top + 400).toBeLessThanOrEqual(700);
  });
  it('shortens a card that fits on neither side, on the roomier side', () => {
    const spot = placeCard(line(380), { width: 380, height: 700 }, viewport);
    expect(spot.side).toBe('below');
    expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(viewport.height - EDGE);
  });
  it('keeps every card inside the viewport, whatever the sentence and card sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 1200 }),
        fc.integer({ min: 10, max: 600 }),
        fc.integer({ min: -200, max: 1400 }),
        fc.integer({ min: 60, max: 1500 }),
        fc.constantFrom({ width: 1280, height: 800 }, { width: 390, height: 844 }),
        (top, tall, left, height, view) => {
          const width = Math.min(380, view.width - 2 * EDGE);
          const spot = placeCard(
            { top, bottom: top + tall, left, right: left + 300 },
            { width, height },
            view,
          );
          const shown = Math.min(height, spot.maxHeight);
          expect(spot.top).toBeGreaterThanOrEqual(EDGE);
          expect(spot.top + shown).toBeLessThanOrEqual(view.height - EDGE);
          expect(spot.left).toBeGreaterThanOrEqual(EDGE);
          expect(spot.left + width).toBeLessThanOrEqual(view.width - EDGE);
        },
      ),
    );
  });
});

describe('sources as a reader sees them', () => {
  it('shows a bracketed description in sentence case, without brackets or editor notes', () => {
    expect(readableTitle('[press release on Bhutan–Qatar relations]')).toEqual({
      label: 'Press release on Bhutan–Qatar relations',
      described: true,
    });
    expect(
      readableTitle('[Press release on the 19th NAM Summit, Kampala] (untitled page)'),
    ).toEqual({ label: 'Press release on the 19th NAM Summit, Kampala', described: true });
    expect(readableTitle("[India expected to back Bhutan's 12th Plan; from URL slug]").label).toBe(
      "India expected to back Bhutan's 12th Plan",
    );
    expect(readableTitle('Treaty of Punakha')).toEqual({
      label: 'Treaty of Punakha',
      described: false,
    });
  });
  it('marks government and intergovernmental publishers as official', () => {
    for (const url of [
      'https://www.mfa.gov.bt/press-release-568/',
      'https://thimphu.mofa.gov.bd/x',
      'https://www.mofa.go.jp/region/asia-paci/bhutan/',
      'https://www.diplomatie.gouv.fr/fr/',
      'https://www.nato.int/cps/en/',
      'https://www.auswaertiges-amt.de/de/',
      'https://eeas.europa.eu/x',
    ])
      expect(isOfficial(url), url).toBe(true);
    for (const url of [
      'https://kuenselonline.com/x',
      'https://en.wikipedia.org/wiki/Bhutan',
      'https://www.bbs.bt/news/',
      'https://go.com/x',
      'https://mygov.example.com/',
    ])
      expect(isOfficial(url), url).toBe(false);
  });
  it('always has a publisher and says when there is no date', () => {
    const view = sourceView({
      url: 'https://www.rma.org.bt/what_news.jsp?newId=234',
      title: '[public notice]',
      publisher: 'Royal Monetary Authority of Bhutan',
      note: 'A note.',
      stance: 'supports',
    });
    expect(view).toMatchObject({
      label: 'Public notice',
      described: true,
      publisher: 'Royal Monetary Authority of Bhutan',
      date: null,
      official: true,
      domain: 'rma.org.bt',
    });
  });
});
