import { useEffect, useState } from 'preact/hooks';
import { normalizeSite, type Sensitivity, type Settings } from '../lib/settings.ts';
import { loadSettings, saveSettings } from '../utils/settings.ts';
import formatGuide from '../lib/packs/FORMAT.md?raw';
import { PackManager } from './PackManager.tsx';

const SENSITIVITY: Record<Sensitivity, string> = {
  strict: 'Strict: only stories very close to a report',
  balanced: 'Balanced (recommended)',
  broad: 'Broad: also loosely related stories',
};

/** The options page: detection settings and the installed corpus packs. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setSites(s.disabledSites.join('\n'));
    });
  }, []);

  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    setSaved(true);
    setTimeout(() => setSaved(false), 1500);
  };
  if (!settings) return <main class="options">Loading…</main>;
  return (
    <main class="options">
      <h1>Fact Compare settings</h1>
      <fieldset>
        <legend>Detection</legend>
        <label>
          <input
            type="checkbox"
            data-testid="auto-detect"
            checked={settings.autoDetect}
            onChange={(e) => void update({ ...settings, autoDetect: e.currentTarget.checked })}
          />{' '}
          Check articles automatically as I read
        </label>
        <label>
          How related a story must be to show the pill{' '}
          <select
            data-testid="sensitivity"
            value={settings.sensitivity}
            onChange={(e) => void update({ ...settings, sensitivity: e.currentTarget.value as Sensitivity })}
          >
            {(Object.keys(SENSITIVITY) as Sensitivity[]).map((k) => (
              <option key={k} value={k}>
                {SENSITIVITY[k]}
              </option>
            ))}
          </select>
        </label>
        <label for="sites">Sites where automatic detection is off (one per line)</label>
        <textarea
          id="sites"
          data-testid="disabled-sites"
          rows={4}
          value={sites}
          onInput={(e) => setSites(e.currentTarget.value)}
          onBlur={() => void update({ ...settings, disabledSites: sites.split('\n').map(normalizeSite).filter(Boolean) })}
          placeholder="example.com"
        />
        <p class="muted" role="status" aria-live="polite" data-testid="saved">
          {saved ? 'Saved.' : 'Changes are saved as you make them.'}
        </p>
      </fieldset>
      <section class="intro" data-testid="packs-intro" aria-labelledby="packs-intro-title">
        <h2 id="packs-intro-title">Packs and feeds</h2>
        <p>
          Fact Compare checks what you read against <strong>packs</strong>: files of news reports kept in this browser. It comes with one,
          the built-in corpus (reports on Russia, Venezuela and U.S. pressure on Maduro). Nothing you read is sent anywhere.
        </p>
        <ul>
          <li>
            <strong>Import a pack file</strong> (<code>.json</code>) that a publisher or colleague gives you, or build one from your own
            HTML or text reports with <code>npm run pack -- build</code> in the project.
          </li>
          <li>
            <strong>Subscribe to a feed</strong> to get a publisher's updates: paste its address, usually ending in <code>feed.json</code>{' '}
            (for example <code>https://publisher.example/packs/news.feed.json</code>), and check the key fingerprint the publisher gives you.
            Updates are signed; a bad or tampered update is refused and the pack you have stays in use. The publisher's server must allow
            requests from browser extensions (CORS).
          </li>
        </ul>
        <details>
          <summary>The pack, delta and feed file formats</summary>
          <pre class="guide" data-testid="format-guide">{formatGuide}</pre>
        </details>
      </section>
      <PackManager />
    </main>
  );
}
