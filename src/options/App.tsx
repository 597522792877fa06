import { BrandMark } from '../ui/BrandMark';
import { useSettings } from '../ui/useSettings';
import { CheckingSection } from './CheckingSection';
import { HistorySection } from './HistorySection';
import { PacksSection } from './PacksSection';
import { PrivacySection } from './PrivacySection';

/** The options page: checking, claim packs, history and a privacy note, one section each. */
export function App() {
  const settings = useSettings();
  return (
    <div class="page">
      <header class="page-header">
        <div class="brand">
          <BrandMark size={32} />
          <div>
            <h1 class="page-title">Bhutan Fact Flags</h1>
            <p class="muted">Options</p>
          </div>
        </div>
      </header>
      <nav class="page-nav" aria-label="Sections">
        <a href="#checking">Checking</a>
        <a href="#packs">Claim packs</a>
        <a href="#history">History</a>
        <a href="#privacy">Privacy</a>
      </nav>
      <main class="page-main">
        <CheckingSection state={settings} />
        <PacksSection />
        <HistorySection state={settings} />
        <PrivacySection />
      </main>
    </div>
  );
}
