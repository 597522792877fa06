import { useId, useRef, useState } from 'preact/hooks';
import { parseSite } from './site-input';

interface PausedSitesProps {
  readonly sites: readonly string[];
  /** Saves the new list; resolves to whether it was saved. */
  readonly onChange: (sites: readonly string[], done: string) => Promise<boolean>;
}

/** The sites where checking is paused: remove one, or add one by name or address. */
export function PausedSites({ sites, onChange }: PausedSitesProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    const parsed = parseSite(draft);
    if ('error' in parsed) {
      setError(parsed.error);
      inputRef.current?.focus();
      return;
    }
    if (sites.includes(parsed.site)) {
      setError(`${parsed.site} is already paused.`);
      return;
    }
    setError(null);
    if (await onChange([...sites, parsed.site], `Paused on ${parsed.site}.`)) setDraft('');
  };

  const remove = (site: string, index: number): void => {
    void onChange(
      sites.filter((entry) => entry !== site),
      `Checking ${site} again.`,
    ).then((saved) => {
      if (!saved) return;
      // Keep the keyboard nearby: the next site's Remove (or the previous one's, or the field).
      requestAnimationFrame(() => {
        const buttons = document.querySelectorAll<HTMLButtonElement>(`[data-sites="${id}"] button`);
        (buttons[Math.min(index, buttons.length - 1)] ?? inputRef.current)?.focus();
      });
    });
  };

  return (
    <div class="subsection">
      <h3 class="subsection-title" id={`${id}-title`}>
        Paused sites
      </h3>
      {sites.length ? (
        <ul class="site-list" aria-labelledby={`${id}-title`} data-sites={id}>
          {sites.map((site, index) => (
            <li key={site} class="site-item">
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="btn"
                aria-label={`Remove ${site}`}
                onClick={() => remove(site, index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted" data-testid="no-paused-sites">
          No paused sites. Pause one here or from the toolbar popup.
        </p>
      )}
      <form class="add-site" onSubmit={(event) => void add(event)} noValidate>
        <div class="field">
          <label class="field-label" for={`${id}-add`}>
            Add a site
          </label>
          <input
            ref={inputRef}
            id={`${id}-add`}
            class="input"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              if (error) setError(null);
            }}
          />
        </div>
        <button type="submit" class="btn">
          Pause site
        </button>
      </form>
      <p id={`${id}-error`} class="field-error" role="alert">
        {error ?? ''}
      </p>
    </div>
  );
}
