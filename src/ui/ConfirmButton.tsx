import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface ConfirmButtonProps {
  /** The button's visible text ("Clear all"). */
  readonly label: string;
  /** An accessible name when the visible text is not enough ("Remove pack X"). */
  readonly ariaLabel?: string;
  /** What the confirm step asks ("Delete all 12 pages?"). */
  readonly question: string;
  /** The confirming button's text ("Delete all"). */
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<void> | void;
  readonly disabled?: boolean;
  readonly testId?: string;
}

/**
 * A destructive action with a confirm step inside the page (no window.confirm): the button turns
 * into a question with Confirm and Cancel. Focus goes to Cancel, Escape cancels, and focus returns
 * to the button afterwards.
 */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, ariaLabel, question, confirmLabel, onConfirm, disabled, testId } = props;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useLayoutEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  const cancel = (): void => {
    returnFocus.current = true;
    setAsking(false);
  };
  const confirm = async (): Promise<void> => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      returnFocus.current = true;
      setBusy(false);
      setAsking(false);
    }
  };

  if (!asking)
    return (
      <button
        ref={triggerRef}
        type="button"
        class="btn btn-danger"
        aria-label={ariaLabel}
        disabled={disabled}
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <span
      class="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          event.preventDefault();
          cancel();
        }
      }}
    >
      <span class="confirm-question" aria-hidden="true">
        {question}
      </span>
      <button
        type="button"
        class="btn btn-danger-solid"
        disabled={busy}
        data-testid={testId ? `${testId}-confirm` : undefined}
        onClick={() => void confirm()}
      >
        {busy ? 'Working…' : confirmLabel}
      </button>
      <button ref={cancelRef} type="button" class="btn" disabled={busy} onClick={cancel}>
        Cancel
      </button>
    </span>
  );
}
