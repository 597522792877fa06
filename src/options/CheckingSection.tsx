import { Status } from '../ui/Status';
import { Switch } from '../ui/Switch';
import type { SettingsState } from '../ui/useSettings';
import { PausedSites } from './PausedSites';
import { Section } from './Section';
import { SensitivityField } from './SensitivityField';
import { SettingsGate } from './SettingsGate';
import { useSave } from './useSave';

/** Pause everywhere or per site, and how sure a match must be before it is flagged. */
export function CheckingSection({ state }: { readonly state: SettingsState }) {
  const { status, save } = useSave(state);
  return (
    <Section
      id="checking"
      title="Checking"
      intro="Pages about Bhutan's foreign relations are checked as you read them."
    >
      <SettingsGate state={state}>
        {(settings) => (
          <div class="stack">
            <Switch
              label="Pause everywhere"
              description="No page is checked until you turn this off."
              checked={settings.pausedEverywhere}
              testId="pause-everywhere"
              onChange={(paused) =>
                void save(
                  { pausedEverywhere: paused },
                  paused ? 'Paused everywhere.' : 'Checking resumed.',
                )
              }
            />
            <PausedSites
              sites={settings.pausedSites}
              onChange={(pausedSites, done) => save({ pausedSites }, done)}
            />
            <SensitivityField
              value={settings.sensitivity}
              onChange={(sensitivity) => void save({ sensitivity }, 'Sensitivity saved.')}
            />
            <p class="hint">
              Keyboard: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd> and <kbd>Alt</kbd>+
              <kbd>Shift</kbd>+<kbd>K</kbd> step to the next and previous flag on a page.
            </p>
          </div>
        )}
      </SettingsGate>
      <Status message={status} testId="checking-status" />
    </Section>
  );
}
