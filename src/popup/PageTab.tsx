import { useState } from 'preact/hooks';
import { siteOf, type Settings } from '../messages';
import { sendToTab } from '../messaging';
import { Loading, Status, type StatusMessage } from '../ui/Status';
import { CannotCheck } from './CannotCheck';
import { FlagList } from './FlagList';
import { Shortcuts } from './Shortcuts';
import type { PageView } from './usePage';

function Message({ title, text, testId }: { title: string; text?: string; testId: string }) {
  return (
    <div class="notice" data-testid={testId}>
      <p class="notice-title">{title}</p>
      {text ? <p class="muted">{text}</p> : null}
    </div>
  );
}

function PageBody({
  page,
  settings,
  onReveal,
}: {
  page: PageView;
  settings: Settings | null;
  onReveal: (id: string) => void;
}) {
  if (page.kind === 'loading') return <Loading label="Looking at this page…" />;
  if (page.kind === 'unavailable') return <CannotCheck tabId={page.tabId} url={page.url} />;
  const site = siteOf(page.url);
  if (settings?.pausedEverywhere)
    return <Message testId="page-paused" title="Paused everywhere" text="No page is checked." />;
  if (page.paused || settings?.pausedSites.includes(site))
    return (
      <Message
        testId="page-paused"
        title="Paused on this site"
        text={`Pages on ${site} are not checked until you resume.`}
      />
    );
  if (!page.relevant)
    return (
      <Message
        testId="page-not-relevant"
        title="This page isn't about Bhutan's foreign relations — nothing to check."
      />
    );
  // An incomplete check says so above what it found, so "no flags" is never read as "all clear".
  const incomplete = page.note ? (
    <p class="notice notice-info" role="note" data-testid="page-note">
      {page.note}
    </p>
  ) : null;
  if (!page.flags.length)
    return (
      <>
        {incomplete}
        <Message
          testId="page-no-flags"
          title="No sentence here matches a vetted claim."
          text="Flags appear where a sentence is supported or contradicted by vetted sources."
        />
      </>
    );
  return (
    <>
      {incomplete}
      <FlagList flags={page.flags} onReveal={onReveal} />
    </>
  );
}

/** The "This page" tab: the active tab's flags (the pause switch sits above, in the site bar). */
export function PageTab({
  page,
  refresh,
  settings,
}: {
  readonly page: PageView;
  readonly refresh: () => Promise<void>;
  readonly settings: Settings | null;
}) {
  const [status, setStatus] = useState<StatusMessage | null>(null);

  const reveal = async (id: string): Promise<void> => {
    if (page.kind !== 'ready') return;
    const response = await sendToTab(page.tabId, 'ui-cs/reveal-flag', { id });
    if (response.ok) {
      window.close();
      return;
    }
    setStatus({ text: `Couldn't show that flag: ${response.error}`, error: true });
    void refresh();
  };

  return (
    <div class="panel-body">
      <PageBody page={page} settings={settings} onReveal={(id) => void reveal(id)} />
      <Status message={status} testId="reveal-status" />
      <Shortcuts />
    </div>
  );
}
