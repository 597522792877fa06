/**
 * Ends a column heading inside a row's reading ("First …⁣ Embassy in Australia"): what stands
 * before it names the column, so its numbers and ordinals are no values of the row. The mark is
 * invisible and no token (see tokens.ts); `shownReading` drops it.
 */
export const HEADER_END = '\u2063';
