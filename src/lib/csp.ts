/**
 * The site's Content-Security-Policy, defined once. Pages load nothing but their own inline stylesheet
 * (Astro inlines it, a round trip saved before first paint), the favicon and the share image: no
 * script, no font, no frame, no form. The build (src/integrations/site-headers.ts) puts the hashes of
 * each page's inline stylesheet where `styleHashes` stands, in the page's <meta> and in dist/_headers,
 * which also covers the files that are not HTML.
 */
export const styleHashesPlaceholder = "'style-hashes'";

/** The policy for a page, with the style hashes (each "'sha256-…'") or, before the build fills them in, the placeholder. */
export function contentSecurityPolicy(styleHashes: string[] = [styleHashesPlaceholder]): string {
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${styleHashes.join(' ')}`,
    "img-src 'self'",
    // No script may run, so nothing on a page can fetch; tools that read a site file from inside the page
    // (Lighthouse reads robots.txt that way) may read the site's own, and nothing else.
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy as a response header: the same, plus what only a header can say (no site may frame ours). */
export const headerPolicy = (styleHashes: string[]) => `${contentSecurityPolicy(styleHashes)}; frame-ancestors 'none'`;
