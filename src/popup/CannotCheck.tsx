import { isWebUrl, reloadTab } from './actions';

/** The tab has no content script to answer: explain why and, where it helps, offer a reload. */
export function CannotCheck({
  tabId,
  url,
}: {
  readonly tabId: number | null;
  readonly url: string;
}) {
  const browserPage = url !== '' && !isWebUrl(url);
  return (
    <div class="notice" data-testid="page-unavailable">
      <p class="notice-title">This page can't be checked</p>
      <p>Flags appear on web pages about Bhutan's foreign relations.</p>
      {browserPage ? (
        <p class="muted">Browser pages, files and other extensions' pages are never checked.</p>
      ) : (
        <>
          <p class="muted">
            If this tab was open before Bhutan Fact Flags was installed or updated, reload it to
            check it.
          </p>
          {tabId !== null ? (
            <p class="notice-actions">
              <button
                type="button"
                class="btn"
                onClick={() => {
                  reloadTab(tabId).catch((error: unknown) => console.error('reload', error));
                }}
              >
                Reload this tab
              </button>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
