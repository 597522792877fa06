/**
 * Where the card goes: below the sentence when it fits there, else above, else on the roomier side
 * with a shorter card (its sources scroll inside), always clamped inside the viewport. Pure: rects
 * in, a position out, all in viewport coordinates.
 */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Placement {
  readonly top: number;
  readonly left: number;
  /** The card's height limit; its body scrolls when the content is taller. */
  readonly maxHeight: number;
  readonly side: 'below' | 'above' | 'over';
}

/** Distance kept from the viewport's edges, and between the sentence and the card. */
export const EDGE = 8;
export const GAP = 6;
/** Below this much room on either side the card overlaps the sentence rather than shrink further. */
export const MIN_HEIGHT = 220;

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

export function placeCard(
  anchor: Box,
  card: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): Placement {
  const limit = Math.max(0, viewport.height - 2 * EDGE);
  const height = Math.min(card.height, limit);
  const left = clamp(anchor.left, EDGE, viewport.width - EDGE - card.width);
  const below = viewport.height - EDGE - (anchor.bottom + GAP);
  const above = anchor.top - GAP - EDGE;
  const inside = (top: number, maxHeight: number, side: Placement['side']): Placement => ({
    top: clamp(top, EDGE, viewport.height - EDGE - Math.min(height, maxHeight)),
    left,
    maxHeight,
    side,
  });
  if (height <= below) return inside(anchor.bottom + GAP, limit, 'below');
  if (height <= above) return inside(anchor.top - GAP - height, limit, 'above');
  const room = Math.max(below, above);
  if (room >= MIN_HEIGHT)
    return below >= above
      ? inside(anchor.bottom + GAP, room, 'below')
      : inside(anchor.top - GAP - room, room, 'above');
  // Neither side has room (a sentence taller than the screen, a tiny viewport): cover the sentence.
  return inside(anchor.bottom + GAP, limit, 'over');
}
