import { useId } from 'preact/hooks';
import { Status } from '../ui/Status';
import { Switch } from '../ui/Switch';
import type { SettingsState } from '../ui/useSettings';
import { Section } from './Section';
import { SettingsGate } from './SettingsGate';
import { useSave } from './useSave';

const RETENTION: readonly { days: number; label: string }[] = [
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: '365 days' },
  { days: 0, label: 'Until I clear it' },
];

/** Whether flagged pages are remembered, and for how long. */
export function HistorySection({ state }: { readonly state: SettingsState }) {
  const id = useId();
  const { status, save } = useSave(state);
  return (
    <Section
      id="history"
      title="History"
      intro="The popup's History tab lists pages where a sentence was flagged. It stays on this device."
    >
      <SettingsGate state={state}>
        {(settings) => {
          const choices = RETENTION.some((choice) => choice.days === settings.retentionDays)
            ? RETENTION
            : [
                ...RETENTION,
                { days: settings.retentionDays, label: `${settings.retentionDays} days` },
              ];
          return (
            <div class="stack">
              <Switch
                label="Keep history"
                description="Remember flagged pages: title, address, date and the flagged sentences."
                checked={settings.keepHistory}
                testId="keep-history"
                onChange={(keepHistory) =>
                  void save(
                    { keepHistory },
                    keepHistory ? 'History is on.' : 'History is off: new pages are not recorded.',
                  )
                }
              />
              <div class="field field-inline">
                <label class="field-label" for={`${id}-retention`}>
                  Keep flagged pages for
                </label>
                <select
                  id={`${id}-retention`}
                  class="select"
                  value={String(settings.retentionDays)}
                  data-testid="retention"
                  onChange={(event) =>
                    void save({ retentionDays: Number(event.currentTarget.value) })
                  }
                >
                  {choices.map((choice) => (
                    <option key={choice.days} value={String(choice.days)}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          );
        }}
      </SettingsGate>
      <Status message={status} testId="history-settings-status" />
    </Section>
  );
}
