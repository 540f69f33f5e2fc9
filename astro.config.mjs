// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeInfo, locales } from './src/i18n/locales';
import { alternatesOf } from './src/i18n/translations';
import { pinToday } from './src/lib/clock';
import { site } from './src/settings';

// One day for the whole build (review states, due dates, the updated-date rule): SITE_TODAY or today in Illinois.
pinToday();

export default defineConfig({
  site: site.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  // English at the root, Spanish under /es/. Every page has its own counterpart, so no fallback pages.
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  // The stylesheet is small: inlining it saves a round trip before first paint (Astro hashes it for the CSP).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Pages are plain HTML: no client router, no prefetch script.
  prefetch: false,
  devToolbar: { enabled: false },
  // Only the site's own files may load. Astro hashes the inline styles it emits, and there are no scripts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No code blocks on this site; Shiki's inline styles would also need CSP exceptions.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({
      // Error pages answer for missing addresses; they have no address of their own to list.
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      // The sitemap integration pairs languages only for identical paths; ours differ, so pair them from the content.
      serialize(item) {
        const alternates = alternatesOf(new URL(item.url).pathname);
        const links = Object.entries(alternates).map(([locale, path]) => ({
          lang: localeInfo[/** @type {'en' | 'es'} */ (locale)].htmlLang,
          url: new URL(path, site.siteUrl).href,
        }));
        const english = alternates[defaultLocale];
        return links.length > 1 && english
          ? { ...item, links: [...links, { lang: 'x-default', url: new URL(english, site.siteUrl).href }] }
          : item;
      },
    }),
  ],
  vite: { plugins: [tailwindcss()] },
});
