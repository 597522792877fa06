/**
 * The last word of a place column's heading, before the "in" a table row's reading adds after it
 * ("Place in Punakha", "Signed at in Punakha"): a place there is the row's place of the event.
 * Any other column's place ("Resident mission in Thimphu") is not.
 */
export const PLACE_HEADING_WORDS: ReadonlySet<string> = new Set([
  'place',
  'location',
  'venue',
  'city',
  'where',
  'site',
  'at',
  'signed',
  'held',
]);

/** The prepositions that make a name the place of an event ("in Thimphu", "at Punakha"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);
