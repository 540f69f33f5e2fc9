/**
 * Where a source on a medical page may come from: US public health agencies, professional societies,
 * the federal register, Illinois law and public health (the state's laws, its health departments and
 * Chicago's), the Justice Department's naloxone toolkit, the teratology information service that
 * answers questions about medicines in pregnancy, and scholarly identifiers for peer-reviewed papers.
 * A host matches its own entry or any subdomain of it.
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
  'federalregister.gov',
  'ilga.gov',
  'illinois.gov',
  'state.il.us',
  'chicago.gov',
  'bjatraining.org',
  'mothertobaby.org',
  'asam.org',
  '988lifeline.org',
  '988lineadevida.org',
  'doi.org',
  'cochranelibrary.com',
] as const;
