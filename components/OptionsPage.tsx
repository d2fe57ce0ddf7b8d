import { useEffect, useState } from 'preact/hooks';
import { normalizeSite, type Sensitivity, type Settings } from '../lib/settings.ts';
import { loadSettings, saveSettings } from '../utils/settings.ts';
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
      <PackManager />
    </main>
  );
}
