import type { Entity } from '../../src/core/claims/schema';

/**
 * Partners a larger real pack would add: countries and bodies Bhutan deals with that the bundled
 * pack has no claim on yet. Real names, so some fixture pages name a few of them, as real pages do.
 */
type Named = readonly [name: string, ...aliases: string[]];

const COUNTRIES: readonly Named[] = [
  ['Austria', 'austrian', 'vienna'],
  ['Denmark', 'danish', 'copenhagen'],
  ['Netherlands', 'dutch', 'the hague'],
  ['Norway', 'norwegian', 'oslo'],
  ['Switzerland', 'swiss', 'bern'],
  ['Sweden', 'swedish', 'stockholm'],
  ['Finland', 'finnish', 'helsinki'],
  ['Belgium', 'belgian'],
  ['Canada', 'canadian', 'ottawa'],
  ['Australia', 'australian', 'canberra'],
  ['New Zealand', 'wellington'],
  ['Singapore', 'singaporean'],
  ['Malaysia', 'malaysian', 'kuala lumpur'],
  ['Vietnam', 'vietnamese', 'hanoi'],
  ['Myanmar', 'burma', 'burmese'],
  ['Mongolia', 'mongolian', 'ulaanbaatar'],
  ['Indonesia', 'indonesian', 'jakarta'],
  ['Brazil', 'brazilian', 'brasilia'],
  ['Mexico', 'mexican'],
  ['Argentina', 'argentine', 'buenos aires'],
  ['Turkey', 'turkish', 'ankara'],
  ['Egypt', 'egyptian', 'cairo'],
  ['South Africa', 'south african', 'pretoria'],
  ['Kenya', 'kenyan', 'nairobi'],
  ['Italy', 'italian', 'rome'],
  ['Spain', 'spanish', 'madrid'],
  ['Portugal', 'portuguese', 'lisbon'],
  ['Poland', 'polish', 'warsaw'],
  ['Greece', 'greek', 'athens'],
  ['Ireland', 'irish', 'dublin'],
  ['Oman', 'omani', 'muscat'],
  ['Bahrain', 'bahraini', 'manama'],
  ['United Arab Emirates', 'uae', 'emirati', 'abu dhabi'],
  ['Luxembourg', 'luxembourgish'],
  ['Cuba', 'cuban', 'havana'],
  ['Chile', 'chilean', 'santiago'],
  ['Afghanistan', 'afghan', 'kabul'],
  ['Laos', 'lao', 'vientiane'],
  ['Fiji', 'fijian'],
  ['Estonia', 'estonian', 'tallinn'],
];

const BODIES: readonly Named[] = [
  ['International Monetary Fund', 'imf'],
  ['World Bank'],
  ['World Health Organization'],
  ['UNESCO', 'united nations educational, scientific and cultural organization'],
  ['Food and Agriculture Organization', 'fao'],
  ['Asian Development Bank', 'adb'],
  ['UNICEF', "united nations children's fund"],
  ['International Telecommunication Union', 'itu'],
  ['Interpol'],
  ['Asia Cooperation Dialogue', 'acd'],
];

const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const entity = (kind: Entity['kind']) =>
  function ([name, ...aliases]: Named): Entity {
    return { id: `bench-${slugOf(name)}`, name, kind, aliases: [name.toLowerCase(), ...aliases] };
  };

export const partnerEntities: readonly Entity[] = [
  ...COUNTRIES.map(entity('country')),
  ...BODIES.map(entity('organisation')),
];
