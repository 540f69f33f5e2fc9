/**
 * Where a source on a medical page may come from: US public health agencies,
 * professional societies, the federal register, and scholarly identifiers for
 * peer-reviewed papers. A host matches its own entry or any subdomain of it.
 */
export const authoritativeDomains = [
  'fda.gov',
  'nih.gov',
  'samhsa.gov',
  'findtreatment.gov',
  'cdc.gov',
  'dea.gov',
  'hhs.gov',
  'govinfo.gov',
  'asam.org',
  '988lifeline.org',
  '988lineadevida.org',
  'doi.org',
  'cochranelibrary.com',
] as const;

export function isAuthoritative(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (
    protocol === 'https:' &&
    authoritativeDomains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`))
  );
}
