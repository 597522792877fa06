import { useId, useState } from 'preact/hooks';
import { PACK_LIMITS } from '../core/claims/validate';
import type { PackSummary, SourceDomain } from '../messages';
import { sendToWorker } from '../messaging';
import { plural } from '../ui/format';
import { ErrorNotice } from '../ui/Status';

/** The pack size limit (docs/pack-format.md); stops a wrong file from freezing the page. */
const MAX_BYTES = PACK_LIMITS.chars;

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
  const [review, setReview] = useState<{
    readonly title: string;
    readonly sources: readonly SourceDomain[];
  } | null>(null);

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setReview(null);
    onStatus(`Importing ${file.name}…`);
    try {
      if (file.size > MAX_BYTES)
        throw new Error(
          `${file.name} is ${Math.round(file.size / 1048576)} MB: a pack may have at most ${MAX_BYTES / 1048576} MB.`,
        );
      const response = await sendToWorker('ui-bg/pack-import', {
        text: await file.text(),
        fileName: file.name,
      });
      if (response.ok) {
        setReview({ title: response.pack.title, sources: response.sources });
        await onImported(response.pack);
      } else {
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
      {review ? (
        <div class="notice notice-info" data-testid="import-sources">
          <p class="notice-title">
            Check the sites “{review.title}” cites: its flags send readers to them.
          </p>
          <p class="muted">
            Imported packs are not vetted by this project: their flags are marked “imported”, and a
            vetted claim always wins over them.
          </p>
          <ul class="source-domains">
            {review.sources.map((source) => (
              <li key={source.domain}>
                <code>{source.domain}</code> ({plural(source.links, 'source')})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
