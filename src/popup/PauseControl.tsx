import type { Settings } from '../messages';
import { Switch } from '../ui/Switch';

interface PauseControlProps {
  readonly site: string;
  readonly settings: Settings;
  readonly onToggleSite: (paused: boolean) => void;
  readonly onResumeEverywhere: () => void;
}

/** "Pause on <site>", and a way back when checking is paused everywhere. */
export function PauseControl({
  site,
  settings,
  onToggleSite,
  onResumeEverywhere,
}: PauseControlProps) {
  return (
    <div class="pause">
      <Switch
        label={`Pause on ${site}`}
        checked={settings.pausedSites.includes(site)}
        description={
          settings.pausedEverywhere
            ? 'Checking is also paused everywhere.'
            : settings.pausedSites.includes(site)
              ? 'Turn off to check pages on this site again.'
              : 'Stop checking pages on this site.'
        }
        testId="pause-site"
        onChange={onToggleSite}
      />
      {settings.pausedEverywhere ? (
        <button type="button" class="btn" onClick={onResumeEverywhere}>
          Resume everywhere
        </button>
      ) : null}
    </div>
  );
}
