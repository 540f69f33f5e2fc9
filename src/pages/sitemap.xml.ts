import type { APIRoute } from 'astro';
import { defaultLocale, localeEntries, type Locale } from '../i18n/locales';
import { getRoutes } from '../lib/routes';
import { absoluteUrl } from '../lib/structured-data';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Every page this build publishes, with its counterparts in the other languages (hreflang, plus
 * x-default for the default language's), from the same route list the pages are built from, so no
 * entry points to a page that is not built. The not-found pages have no address of their own.
 */
export const GET: APIRoute = async () => {
  const pages = (await getRoutes()).filter((route) => route.layout !== 'not-found');
  const urls = pages.map((route) => {
    const languages = Object.entries(route.alternates) as [Locale, string][];
    const links =
      languages.length > 1
        ? [
            ...languages.map(([locale, path]) => [localeEntries[locale].htmlLang, path]),
            ...(route.alternates[defaultLocale] ? [['x-default', route.alternates[defaultLocale]]] : []),
          ].map(
            ([hreflang, path]) =>
              `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(path!))}"/>`,
          )
        : [];
    return `<url><loc>${escapeXml(absoluteUrl(route.path))}</loc>${links.join('')}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
