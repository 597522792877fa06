import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

interface Shortcut {
  readonly keys: string;
  readonly what: string;
}

const DEFAULTS: readonly Shortcut[] = [
  { keys: 'Alt+Shift+J', what: 'next flag' },
  { keys: 'Alt+Shift+K', what: 'previous flag' },
];
const WHAT: Record<string, string> = { 'next-flag': 'next flag', 'previous-flag': 'previous flag' };

/** The keyboard shortcuts as the browser has them now (the user may have changed them). */
function useShortcuts(): readonly Shortcut[] {
  const [shortcuts, setShortcuts] = useState<readonly Shortcut[]>(DEFAULTS);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => {
        const known = commands.flatMap((command) =>
          command.name && WHAT[command.name]
            ? [{ keys: command.shortcut || 'not set', what: WHAT[command.name] as string }]
            : [],
        );
        if (known.length) setShortcuts(known);
      })
      .catch(() => undefined);
  }, []);
  return shortcuts;
}

const Keys = ({ keys }: { readonly keys: string }) => (
  <span>
    {keys.split('+').map((key, i) => (
      <span key={key}>
        {i ? '+' : ''}
        <kbd>{key}</kbd>
      </span>
    ))}
  </span>
);

/** How to use the page with the keyboard. */
export function Shortcuts() {
  const shortcuts = useShortcuts();
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-heading" data-testid="shortcuts">
      <h2 id="shortcuts-heading" class="section-title">
        Keyboard
      </h2>
      <ul>
        {shortcuts.map((shortcut) => (
          <li key={shortcut.what}>
            <Keys keys={shortcut.keys} /> {shortcut.what}
          </li>
        ))}
        <li>
          <kbd>Enter</kbd> open the flag's card · <kbd>Esc</kbd> close it
        </li>
      </ul>
      <p class="muted">
        Change them in the browser's shortcut settings (in Chrome: chrome://extensions/shortcuts).
      </p>
    </section>
  );
}
