import { useId } from 'preact/hooks';
import type { Settings } from '../messages';

type Sensitivity = Settings['sensitivity'];

const CHOICES: readonly { value: Sensitivity; label: string; hint: string }[] = [
  {
    value: 'balanced',
    label: 'Balanced (default)',
    hint: 'Flags sentences that clearly match a vetted claim.',
  },
  { value: 'strict', label: 'Strict', hint: 'Fewer flags, only the most certain.' },
];

/** How sure a match must be before a sentence is flagged. */
export function SensitivityField({
  value,
  onChange,
}: {
  readonly value: Sensitivity;
  readonly onChange: (value: Sensitivity) => void;
}) {
  const id = useId();
  return (
    <fieldset class="subsection radio-group">
      <legend class="subsection-title">Sensitivity</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} class="radio">
          <input
            type="radio"
            name={`${id}-sensitivity`}
            value={choice.value}
            checked={value === choice.value}
            aria-describedby={`${id}-${choice.value}`}
            onChange={() => onChange(choice.value)}
          />
          <span class="switch-text">
            <span class="switch-label">{choice.label}</span>
            <span class="hint" id={`${id}-${choice.value}`}>
              {choice.hint}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
