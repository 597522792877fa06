import type { ComponentChildren } from 'preact';
import type { Settings } from '../messages';
import { ErrorNotice, Loading } from '../ui/Status';
import type { SettingsState } from '../ui/useSettings';

/** Renders its children once the settings are loaded; a spinner before, the error if loading failed. */
export function SettingsGate({
  state,
  children,
}: {
  readonly state: SettingsState;
  readonly children: (settings: Settings) => ComponentChildren;
}) {
  if (state.settings) return <>{children(state.settings)}</>;
  if (state.loadError)
    return (
      <div class="stack">
        <ErrorNotice title="Couldn't load the settings" detail={state.loadError} />
        <p>
          <button type="button" class="btn" onClick={() => void state.reload()}>
            Try again
          </button>
        </p>
      </div>
    );
  return <Loading label="Loading settings…" />;
}
