import type { PageFlag } from '../messages';

type Verdict = PageFlag['verdict'];

export const VERDICT_TEXT: Record<Verdict, { readonly icon: string; readonly word: string }> = {
  supported: { icon: '✔', word: 'Supported' },
  contradicted: { icon: '✘', word: 'Contradicted' },
};

/** A verdict as icon and word (never colour alone). */
export function VerdictBadge({ verdict }: { readonly verdict: Verdict }) {
  const { icon, word } = VERDICT_TEXT[verdict];
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{icon}</span>
      {word}
    </span>
  );
}
