// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { site } from './src/settings';

export default defineConfig({
  site: site.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Pages are plain HTML: no client router, no prefetch script.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
});
