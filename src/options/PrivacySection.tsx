import { Section } from './Section';

/** What the extension does and does not do with what you read. */
export function PrivacySection() {
  return (
    <Section id="privacy" title="Privacy">
      <ul class="privacy-list">
        <li>Everything runs on this device: pages are read and checked inside your browser.</li>
        <li>No network requests: the extension fetches nothing and sends page text nowhere.</li>
        <li>No telemetry, no accounts, no tracking.</li>
        <li>
          Settings, claim packs, hidden flags and the history are stored in this browser's profile
          only. Uninstalling the extension deletes them.
        </li>
      </ul>
    </Section>
  );
}
