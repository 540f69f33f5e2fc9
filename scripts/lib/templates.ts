/** One page of each template, audited by `npm run lighthouse`. The 404 template is a path that does not exist. */
export const templates = [
  { name: 'home', path: '/' },
  { name: 'hub', path: '/benzodiazepine-addiction/' },
  { name: 'article', path: '/benzodiazepine-addiction/withdrawal-and-tapering/' },
  { name: 'treatment', path: '/treatment/outpatient-treatment/' },
  { name: 'bio', path: '/our-team/beth-dunlap/' },
  { name: 'admissions', path: '/admissions/' },
  { name: '404', path: '/this-page-does-not-exist/' },
] as const satisfies readonly { name: string; path: string }[];

export type Template = (typeof templates)[number];
