export interface StatusMessage {
  readonly text: string;
  readonly error?: boolean;
}

/**
 * A polite live region that is always in the page (so screen readers hear changes); errors are
 * shown in the error colour but stay polite — use <ErrorNotice> for alerts that must interrupt.
 */
export function Status({
  message,
  testId,
}: {
  readonly message: StatusMessage | null;
  readonly testId?: string;
}) {
  return (
    <p
      class={`status${message?.error ? ' status-error' : ''}`}
      role="status"
      aria-live="polite"
      data-testid={testId}
    >
      {message?.text ?? ''}
    </p>
  );
}

/** A failure the user must know about: an alert with a title, a detail and optional itemised errors. */
export function ErrorNotice({
  title,
  detail,
  errors,
  testId,
}: {
  readonly title: string;
  readonly detail?: string;
  readonly errors?: readonly string[];
  readonly testId?: string;
}) {
  return (
    <div class="notice notice-error" role="alert" data-testid={testId}>
      <p class="notice-title">{title}</p>
      {detail ? <p>{detail}</p> : null}
      {errors?.length ? (
        <ul>
          {errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Loading({ label }: { readonly label: string }) {
  return (
    <p class="muted" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {label}
    </p>
  );
}
