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
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
});
