/**
 * Every piece of interface text in English. Page prose lives in content/; this holds the words
 * around it. src/i18n/es.ts must have exactly the same keys (src/i18n/index.ts checks).
 */
export const en = {
  skipLink: 'Skip to main content',
  homeCrumb: 'Home',
  mainNav: 'Main',
  footerNav: 'Footer',
  breadcrumb: 'Breadcrumb',
  callAdmissionsAt: 'Call admissions at',
  callBarLabel: 'Call admissions',
  shareImageAlt: 'help for benzodiazepine addiction',
  footerCrisisHeading: 'In a crisis? Free help, day and night',
  footerMoreHelp: 'More on getting help right now',
  footerDisclaimer: 'This site gives general information, not medical advice for your situation.',
  sections: {
    education: {
      nav: 'Benzodiazepines',
      crumb: 'Benzodiazepine addiction',
      hubTitle: 'Benzodiazepine addiction',
      hubDescription:
        'Plain-language guides to benzodiazepines such as Xanax, Klonopin, Valium and Ativan: dependence, addiction, withdrawal safety, overdose and help.',
      hubLead:
        'Clear answers about benzodiazepines, with the sources behind each page. Each page also tells you whether a doctor has checked it yet.',
      listHeading: 'Guides',
      allLink: 'All guides on benzodiazepine addiction',
    },
    drugs: {
      listHeading: 'Common benzodiazepines, one page each',
    },
    treatments: {
      nav: 'Treatment',
      crumb: 'Treatment',
      hubTitle: 'Treatment for benzodiazepine addiction',
      hubDescription:
        'Levels of care and therapy for benzodiazepine addiction: partial hospitalization, outpatient care, therapy and a slow, medically supervised taper.',
      hubLead:
        'Care is planned around you: how much support you need, your health, and how your body handles a slow, safe lowering of the dose.',
      listHeading: 'Treatment options',
      allLink: 'All treatment options',
      kinds: { 'level-of-care': 'Levels of care', therapy: 'Therapy and medical care' },
    },
    staff: {
      nav: 'Our team',
      crumb: 'Our team',
      hubTitle: 'Our team',
      hubDescription:
        'Meet the physician who leads medical care at Northern Illinois Recovery Center: our medical director and her training.',
      hubLead: 'The people who lead care at our center.',
      listHeading: 'Our team',
      allLink: 'Meet our team',
    },
  },
  article: {
    sources: 'Sources',
    nextStepHeading: 'Talk it through with us',
    nextStepText: 'A call is free and private. You do not have to decide anything on the phone.',
    lastUpdated: 'Last updated',
  },
  review: {
    reviewedBy: 'Medically reviewed by',
    on: 'on',
    updatedOn: 'Updated on',
    afterReview: 'after its last medical review',
    by: 'by',
    changesNotReviewed: 'The changes have not been medically reviewed yet.',
    notReviewed: 'This page has not been medically reviewed yet.',
    writtenFromSources: 'Our team wrote it from the sources listed at the end of the page.',
    policyLink: 'How we review medical content',
  },
  home: {
    guidesHeading: 'Learn about benzodiazepines',
    treatmentsHeading: 'Treatment options',
    doctorHeading: 'Who checks our medical pages',
    doctorIntro: 'Our medical director is',
    doctorNoneReviewed:
      'None of our medical pages has been signed off by a physician yet. Until one is, each page says so at the top and lists the sources it was written from.',
    doctorSomeReviewed: (reviewed: number, total: number) =>
      `${reviewed} of our ${total} medical pages ${reviewed === 1 ? 'has' : 'have'} been signed off by a physician in their current form. Each page says at the top whether it has been reviewed, and lists its sources.`,
    doctorAllReviewed:
      'Every medical page has been signed off by a physician in its current form. Each page names its reviewer and the date at the top, and lists its sources.',
  },
  bio: {
    boardCertifications: 'Board certifications',
    licenses: 'Licensure',
    training: 'Training',
    facultyAppointment: 'Faculty appointment',
    clinicalInterests: 'Clinical interests',
    reviewedPages: (name: string) => `Pages ${name} has medically reviewed`,
  },
  drug: {
    factsHeading: 'Quick facts',
    brandNames: 'Brand names',
    formerBrands: 'Once sold as',
    approvedFor: 'FDA-approved uses',
    howLong: 'How long it acts',
    labelFigure: 'From the drug label',
    schedule: 'DEA schedule',
    scheduleValue: (schedule: string) => `Schedule ${schedule} controlled substance`,
    label: 'Full drug label',
    labelLink: (generic: string) => `The ${generic} label on DailyMed`,
    actingClasses: {
      short: 'Short-acting',
      'short-to-intermediate': 'Short- to intermediate-acting',
      long: 'Long-acting',
    },
    table: {
      caption: 'Common benzodiazepines',
      drug: 'Medicine',
      uses: 'FDA-approved uses',
      acting: 'How long it acts',
      formerly: (brands: string) => `once sold as ${brands}`,
    },
  },
  withdrawalWarning: {
    heading: 'Do not stop a benzodiazepine suddenly on your own',
    text: 'Stopping all at once, or cutting down too fast, can cause dangerous withdrawal, including seizures. Talk with a doctor before you change your dose. A doctor can help you lower it slowly and safely.',
    emergency: 'If someone has a seizure, is confused or sees things that are not there, call',
  },
  emergencyCheck: {
    heading: 'Is this an emergency?',
    seizure: 'A seizure, strong confusion, or seeing or hearing things that are not there: call',
    suicide: 'Thoughts of suicide: call or text',
    suicideDanger: 'or call',
    suicideDangerEnd: 'if you are in danger right now.',
  },
  ranOut: {
    heading: 'Ran out, stopped suddenly, or feeling withdrawal?',
    intro:
      'Stopping a benzo all at once can be dangerous, even if you took it just as prescribed. Get medical help today. Do not wait to see if it passes.',
    goNow:
      'Go to an emergency room today if the person took a high dose of a short-acting benzo such as Xanax, has had a seizure in withdrawal before, or drinks alcohol every day.',
    otherwise:
      'Otherwise, call the doctor who prescribed it today. If you cannot reach them, ask a pharmacist or go to urgent care.',
    dont: 'Do not drink alcohol or take pills from the street to ease the symptoms. Do not stay alone: ask someone to stay with you.',
    watchHeading: 'If you already stopped suddenly',
    watch:
      'Watch for anxiety, shaking, a racing heart, restlessness and trouble sleeping. These can start within a day with short-acting benzos, or days later with long-acting ones. Call the prescriber today. If there is confusion, seeing or hearing things that are not there, or a seizure, call 911.',
    seizureHeading: 'If someone has a seizure',
    seizureSteps: [
      'Stay with them and time the seizure.',
      'Ease them to the floor and turn them gently onto one side.',
      'Put nothing in their mouth. Move hard or sharp things away.',
      'Call 911. A seizure in withdrawal is always an emergency.',
    ],
    sources: 'Sources',
    sourceLinks: [
      {
        label: 'FDA boxed warning (2020)',
        href: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
      },
      { label: 'benzodiazepine drug labels (DailyMed)', href: 'https://dailymed.nlm.nih.gov/dailymed/' },
      { label: 'CDC seizure first aid', href: 'https://www.cdc.gov/epilepsy/communications/features/firstaid.htm' },
    ],
  },
  overdose: {
    heading: 'If you think someone has overdosed',
    steps: [
      'Give naloxone if you have it, and call',
      'Try to keep the person awake and breathing.',
      'Lay the person on their side so they do not choke.',
      'Stay with them until help arrives.',
    ],
    naloxone:
      'Naloxone (Narcan) is sold over the counter at pharmacies. It reverses opioids, not benzodiazepines. Give it anyway: most deaths from benzodiazepine overdose also involve opioids, and pills can hold opioids without the person knowing.',
    source: 'Steps from the CDC',
  },
  crisisLines: {
    listLabel: 'Free help lines',
    call: 'call',
    orText: 'or text',
    tty: 'TTY',
    website: (name: string) => `Visit the ${name} website`,
  },
  /** Names of the pages in content/pages, as links in the menus. */
  pageLinks: {
    admissions: 'Admissions',
    'get-help-now': 'Get help now',
    'medical-review-policy': 'How we review medical content',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
  },
  notFound: { sectionsHeading: 'Main sections', homeLink: 'Home page' },
  tableScroll: 'Table (scrolls sideways on small screens)',
  /** The switch to the other language, written in that language. */
  language: { switchTo: 'Español' },
  translation: {
    outdatedBefore: 'The original version of this page was updated on',
    outdatedLink: 'Read the updated original',
    outdatedAfter: 'We are updating this translation.',
  },
  /** What the site may say about the languages the admissions line answers in (settings: admissionsLanguages). */
  admissionsLanguage: {
    answersIn: 'Our admissions team can help you in English.',
    askAbout: 'When you call, you can ask about help in another language.',
    otherLines: 'These free lines answer in English and Spanish:',
  },
};

export type Dictionary = typeof en;
