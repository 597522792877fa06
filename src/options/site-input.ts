import { siteOf } from '../messages';

/**
 * What a person typed ("www.Example.com", "https://example.com/news/x") as the site a pause
 * applies to ("example.com"), or an error to show.
 */
export function parseSite(input: string): { site: string } | { error: string } {
  const text = input.trim();
  if (!text) return { error: 'Type a site, such as example.com.' };
  const site = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  if (!site || !/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(site) || site.includes('..'))
    return { error: `“${text}” isn't a site name. Type one such as example.com.` };
  return { site };
}
