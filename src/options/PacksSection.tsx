import { useState } from 'preact/hooks';
import type { PackSummary } from '../messages';
import { sendToWorker } from '../messaging';
import { ConfirmButton } from '../ui/ConfirmButton';
import { downloadText, mimeFor } from '../ui/download';
import { formatDate, plural } from '../ui/format';
import { ErrorNotice, Loading, Status, type StatusMessage } from '../ui/Status';
import { PackImport } from './PackImport';
import { PackTable } from './PackTable';
import { Section } from './Section';
import { usePacks } from './usePacks';

/** The claim packs: the table of installed packs, import, export, remove and reset. */
export function PacksSection() {
  const { packs, loadError, reload, setPacks } = usePacks();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const fail = (what: string, error: string): void =>
    setStatus({ text: `${what}: ${error}`, error: true });

  const onExport = async (pack: PackSummary, as: 'pack' | 'claimreview'): Promise<void> => {
    const response = await sendToWorker('ui-bg/pack-export', { id: pack.id, as });
    if (!response.ok) return fail(`Couldn't export ${pack.title}`, response.error);
    downloadText(response.text, response.fileName, mimeFor(response.fileName));
    setStatus({ text: `Exported ${pack.title} as ${response.fileName}.` });
  };

  const onRemove = async (pack: PackSummary): Promise<void> => {
    const response = await sendToWorker('ui-bg/pack-remove', { id: pack.id });
    if (!response.ok) return fail(`Couldn't remove ${pack.title}`, response.error);
    setStatus({ text: `Removed ${pack.title}.` });
    await reload();
  };

  const onReset = async (): Promise<void> => {
    const response = await sendToWorker('ui-bg/packs-reset', {});
    if (!response.ok) return fail(`Couldn't reset the packs`, response.error);
    setPacks(response.packs);
    setStatus({ text: 'Reset: only the bundled pack is installed.' });
  };

  const onImported = async (pack: PackSummary): Promise<void> => {
    setStatus({
      text: `Imported “${pack.title}” (version ${pack.version}, ${plural(pack.claims, 'claim')}).`,
    });
    await reload();
  };

  return (
    <Section
      id="packs"
      title="Claim packs"
      intro="Vetted claims, each with its sources. Sentences are only flagged against the packs installed here."
    >
      {loadError ? (
        <div class="stack">
          <ErrorNotice title="Couldn't load the claim packs" detail={loadError} />
          <p>
            <button type="button" class="btn" onClick={() => void reload()}>
              Try again
            </button>
          </p>
        </div>
      ) : packs ? (
        <>
          {packs.map((pack) =>
            pack.updatedFrom ? (
              <p key={pack.id} class="notice notice-info" data-testid="pack-updated" role="status">
                <strong>{pack.title}</strong> was updated on {formatDate(pack.installedAt)}: version{' '}
                {pack.version} with {plural(pack.claims, 'claim')} (it was version{' '}
                {pack.updatedFrom.version} with {plural(pack.updatedFrom.claims, 'claim')}).
              </p>
            ) : null,
          )}
          <PackTable packs={packs} onExport={(p, as) => void onExport(p, as)} onRemove={onRemove} />
        </>
      ) : (
        <Loading label="Loading claim packs…" />
      )}
      <PackImport
        onImported={onImported}
        onStatus={(text) => setStatus(text === null ? null : { text })}
      />
      <div class="subsection subsection-actions">
        <ConfirmButton
          label="Reset to the bundled pack"
          question="Remove every imported pack and reinstall the bundled one?"
          confirmLabel="Reset"
          testId="packs-reset"
          onConfirm={onReset}
        />
      </div>
      <Status message={status} testId="packs-status" />
    </Section>
  );
}
