// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { siteHeaders } from './src/integrations/site-headers';
import { pinToday } from './src/lib/clock';
import { site } from './src/settings';

// One day for the whole build (review states, due dates, the updated-date rule): SITE_TODAY or today in Illinois.
pinToday();

export default defineConfig({
  site: site.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  // The stylesheet is small: inlining it saves a round trip before first paint (src/lib/csp.ts hashes it).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Pages are plain HTML: no client router, no prefetch script.
  prefetch: false,
  devToolbar: { enabled: false },
  // No code blocks on this site; Shiki's inline styles would also need CSP exceptions.
  markdown: { syntaxHighlight: false },
  // Languages, addresses and the sitemap come from src/i18n/locales.ts and src/lib/routes.ts; the
  // Content-Security-Policy, the headers and the redirects from src/integrations/site-headers.ts.
  integrations: [mdx(), siteHeaders()],
  vite: { plugins: [tailwindcss()] },
});
