import { useId, useState } from 'preact/hooks';
import type { PackSummary } from '../messages';
import { sendToWorker } from '../messaging';
import { ErrorNotice } from '../ui/Status';

/** Far above any real pack; stops a wrong file from freezing the page while it is read. */
const MAX_BYTES = 20 * 1024 * 1024;

interface Failure {
  readonly error: string;
  readonly errors: readonly string[];
}

interface PackImportProps {
  readonly onImported: (pack: PackSummary) => Promise<void>;
  /** A progress message, or null to clear it. */
  readonly onStatus: (text: string | null) => void;
}

/** Import a pack file (our JSON or ClaimReview JSON-LD); a refused file shows every reason. */
export function PackImport({ onImported, onStatus }: PackImportProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setFailure(null);
    onStatus(`Importing ${file.name}…`);
    try {
      if (file.size > MAX_BYTES)
        throw new Error(`${file.name} is ${Math.round(file.size / 1048576)} MB: too large.`);
      const response = await sendToWorker('ui-bg/pack-import', {
        text: await file.text(),
        fileName: file.name,
      });
      if (response.ok) await onImported(response.pack);
      else {
        onStatus(null);
        setFailure({ error: response.error, errors: response.errors ?? [] });
      }
    } catch (error) {
      onStatus(null);
      setFailure({ error: error instanceof Error ? error.message : String(error), errors: [] });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <div class="subsection">
      <div class="field">
        <label class="field-label" for={`${id}-file`}>
          Import a pack
        </label>
        <input
          id={`${id}-file`}
          class="file-input"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-describedby={`${id}-hint`}
          disabled={busy}
          data-testid="pack-import"
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <p class="hint" id={`${id}-hint`}>
          Our JSON pack format or schema.org ClaimReview JSON-LD. A file with any error changes
          nothing.
        </p>
      </div>
      {failure ? (
        <ErrorNotice
          title="The pack was not imported. Nothing was changed."
          detail={failure.error}
          errors={failure.errors}
          testId="import-errors"
        />
      ) : null}
    </div>
  );
}
