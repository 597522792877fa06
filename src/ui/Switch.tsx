import { useId } from 'preact/hooks';

interface SwitchProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly description?: string;
  readonly disabled?: boolean;
  readonly testId?: string;
}

/** An on/off control: a native checkbox exposed as role="switch", with its label and description. */
export function Switch({ label, checked, onChange, description, disabled, testId }: SwitchProps) {
  const descriptionId = useId();
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? descriptionId : undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        {description ? (
          <span id={descriptionId} class="hint">
            {description}
          </span>
        ) : null}
      </span>
    </label>
  );
}
