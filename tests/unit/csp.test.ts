import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerPolicy, styleHashesPlaceholder } from '../../src/lib/csp';

describe('the Content-Security-Policy', () => {
  const policy = contentSecurityPolicy(["'sha256-abc='"]);

  it('lets a page load nothing but its own inline stylesheet and the site’s images and files', () => {
    expect(policy).toBe(
      "default-src 'none'; script-src 'none'; style-src 'sha256-abc='; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'",
    );
  });

  it('keeps a placeholder the build must replace, which would block every style if it were left', () => {
    expect(contentSecurityPolicy()).toContain(`style-src ${styleHashesPlaceholder}`);
  });

  it('as a header also refuses to be framed, which a <meta> policy cannot say', () => {
    expect(headerPolicy(["'sha256-abc='"])).toBe(`${policy}; frame-ancestors 'none'`);
    expect(policy).not.toContain('frame-ancestors');
  });
});
