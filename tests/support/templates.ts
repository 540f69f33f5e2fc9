/**
 * One page of each kind the site builds: a test that should cover every layout
 * walks this list. Paths only, so content writers can change the pages' words freely.
 */
export const templates = [
  { name: 'home', path: '/' },
  { name: 'hub', path: '/benzodiazepine-addiction/' },
  { name: 'article', path: '/benzodiazepine-addiction/withdrawal-and-tapering/' },
  { name: 'treatment', path: '/treatment/outpatient-treatment/' },
  { name: 'bio', path: '/our-team/beth-dunlap/' },
  { name: 'admissions', path: '/admissions/' },
  { name: 'get help now', path: '/get-help-now/' },
  { name: '404', path: '/no-such-page/' },
] as const satisfies readonly { name: string; path: string }[];

export type Template = (typeof templates)[number];
