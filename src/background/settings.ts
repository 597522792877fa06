import { DEFAULT_SETTINGS, siteOf, type Settings } from '../messages';
import { database } from './db';

const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const db = await database();
  return { ...DEFAULT_SETTINGS, ...(await db.get('settings', KEY)) };
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const db = await database();
  const next: Settings = { ...(await getSettings()), ...change };
  const sites = [
    ...new Set(next.pausedSites.map((site) => site.trim().toLowerCase()).filter(Boolean)),
  ].sort();
  const settings = {
    ...next,
    pausedSites: sites,
    retentionDays: Math.max(0, Math.floor(next.retentionDays)),
  };
  await db.put('settings', settings, KEY);
  return settings;
}

export function isPaused(settings: Settings, url: string): boolean {
  return settings.pausedEverywhere || settings.pausedSites.includes(siteOf(url));
}
