/**
 * Every piece of interface text in English: the words around the page prose in content/. Each
 * language has a dictionary with exactly these keys (src/i18n/index.ts checks it at build time).
 *
 * Sentences are whole, with named placeholders in braces, such as "Medically reviewed by {name}".
 * A translator may move a placeholder anywhere in the sentence; the code fills it in (a link, a
 * date, a number) through `fill()` or the <Sentence> component. A value with `one` and `other`
 * is picked by the count, as the language's plural rules say.
 */
export const en = {
  language: {
    /** This language's own name, as the language switch shows it to readers of other languages. */
    name: 'English',
    /** Names the list of links to this page in other languages. */
    switchLabel: 'Other languages',
  },
  skipLink: 'Skip to main content',
  homeCrumb: 'Home',
  landmarks: { main: 'Main', footer: 'Footer', breadcrumb: 'Breadcrumb' },
  call: {
    /** The admissions call link: its visible text is its accessible name. */
    admissions: 'Call admissions at {number}',
    /** The same, in the header and the phone call bar: one line on a 360px phone, with a phone icon. */
    short: 'Call admissions {number}',
    barLabel: 'Call admissions',
    /** Names the phone call bar on the pages for emergencies, where it calls 911 and 988. */
    emergencyBarLabel: 'Emergency and crisis lines',
  },
  header: {
    /** The button that opens the list of the site's main pages on a phone. */
    menu: 'Menu',
    /** The line under the header on every page; {call} is the link "Call 911". */
    inDanger: 'In danger? {call}',
    /** After it, a link to the page with every crisis line. */
    crisisLines: 'Crisis lines',
  },
  /** Names the list of a long page's sections, near its top. */
  onThisPage: 'On this page',
  shareImageAlt: 'help for benzodiazepine addiction',
  footer: {
    crisisHeading: 'In a crisis? Free help, day and night',
    moreHelp: 'More on getting help right now',
    disclaimer: '{organization}. This site gives general information, not medical advice for your situation.',
  },
  /** Every section's words. `address` is the section's place in this language's addresses. */
  sections: {
    education: {
      address: 'benzodiazepine-addiction',
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
      address: 'treatment',
      nav: 'Treatment',
      crumb: 'Treatment',
      hubTitle: 'Treatment for benzodiazepine addiction',
      hubDescription:
        'Levels of care and therapy for benzodiazepine addiction: partial hospitalization, outpatient care and therapy, and how a slow taper works.',
      hubLead:
        'How much care a person needs depends on their health and how severe the problem is. Here are the kinds of care, and what each one involves.',
      listHeading: 'Treatment options',
      allLink: 'All treatment options',
      groups: { 'level-of-care': 'Levels of care', therapy: 'How therapy and tapering work' },
    },
    staff: {
      address: 'our-team',
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
  /** On a hub whose pages are all held back from this build (not yet medically reviewed). */
  hubEmpty: 'No page on this topic has been signed off by a physician yet, so none is published here for now.',
  article: {
    sources: 'Sources',
    nextStepHeading: 'Talk it through with us',
    nextStepText: 'A call is free. You do not have to decide anything on the phone.',
    lastUpdated: 'Updated {date}',
  },
  /**
   * The review notice at the top of every medical page: the state in one sentence (see the review policy),
   * then how many sources the page lists and a link to the policy. Short: it fits three lines on a phone.
   */
  review: {
    reviewed: 'Medically reviewed by {name}, {role}, on {date}.',
    /** A translation reviewed through its original: the physician reviewed the original, a translator checked this text against it. */
    translationReviewed:
      'Medical review of the English version by {name}, {role}, on {date}; translation checked by {translator}, {translatorRole}, on {checked}.',
    due: 'Review due since {due}. This page was last medically reviewed by {name}, {role}, on {date}, and has not been reviewed again since.',
    changed:
      'Updated on {updated} after its last medical review ({date}, by {name}, {role}). The changes have not been medically reviewed yet.',
    unreviewed: 'Not yet medically reviewed',
    policyLink: 'How we review medical content',
    sources: { one: '{count} source', other: '{count} sources' },
    /** How the review policy page shows the labels: each placeholder in words, and what each label means. */
    placeholders: {
      name: 'name',
      role: 'role',
      date: 'date',
      due: 'date',
      updated: 'date',
      translator: 'name',
      translatorRole: 'qualification',
      checked: 'date',
    },
    meanings: {
      reviewed:
        'A physician on our team signed off on the exact words you see on the page, less than {months} months ago.',
      translationReviewed:
        'Shown on a translated page. A physician signed off on the English page, and a qualified medical translator checked that this page says the same thing.',
      due: 'A physician signed off on these words more than {months} months ago. Until a physician signs the page again, it does not count as reviewed.',
      changed: 'The words changed after the last sign-off, and the changes have not been reviewed yet.',
      unreviewed: 'No physician has signed off on the page as it reads now.',
    },
  },
  /** What the review policy says about what this build publishes (settings: publish, or SITE_PUBLISH). */
  publishing: {
    all: 'Right now every page is published, and each one says plainly whether a physician has reviewed it.',
    reviewed:
      'Right now only the pages a physician has signed off on are published. The others stay unpublished until they are reviewed, and no page links to them.',
  },
  home: {
    /** Three cards under the home page's title, each starting from the reader's situation. */
    tasks: {
      label: 'Where to start',
      emergency: { title: 'It’s an emergency', text: 'Call 911 or 988 now, and see what to do in an overdose.' },
      prescribed: {
        title: 'I take a benzo as prescribed and want to stop',
        text: 'Why not to stop suddenly, and what a slow taper with your prescriber looks like.',
      },
      someone: {
        title: 'I’m worried about someone',
        text: 'Signs to notice, how to start the talk, and support for you.',
      },
    },
    guidesHeading: 'Learn about benzodiazepines',
    treatmentsHeading: 'Treatment options',
    doctorHeading: 'Who checks our medical pages',
    doctorIntro: 'Our medical director is {name}.',
    doctorNoneReviewed:
      'None of our medical pages has been signed off by a physician yet. Until one is, each page says so at the top and lists the sources it was written from.',
    doctorSomeReviewed: {
      one: '{count} of our {total} medical pages has been signed off by a physician in its current form. Each page says at the top whether it has been reviewed, and lists its sources.',
      other:
        '{count} of our {total} medical pages have been signed off by a physician in their current form. Each page says at the top whether it has been reviewed, and lists its sources.',
    },
    doctorAllReviewed:
      'Every medical page has been signed off by a physician in its current form. Each page names its reviewer and the date at the top, and lists its sources.',
  },
  bio: {
    boardCertifications: 'Board certifications',
    licenses: 'Licensure',
    training: 'Training',
    trainingStep: '{stage}: {institution}',
    facultyAppointment: 'Faculty appointment',
    clinicalInterests: 'Clinical interests',
    reviewedPages: 'Pages {name} has medically reviewed',
  },
  drug: {
    factsHeading: 'Quick facts',
    brandNames: 'Brand names',
    formerBrands: 'Once sold as',
    approvedFor: 'FDA-approved uses',
    howLong: 'How long it acts',
    labelFigure: 'From the drug label',
    schedule: 'DEA schedule',
    scheduleValue: 'Schedule {schedule} controlled substance',
    label: 'Full drug label',
    labelLink: 'The {generic} label on DailyMed',
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
      brands: '{generic} ({brands})',
      formerly: 'once sold as {brands}',
    },
  },
  /** The three kinds of box, named in words as well as by colour. */
  boxes: { emergency: 'Emergency', caution: 'Caution', information: 'Good to know' },
  /** The buttons that call or text a help line; {number} is the line's number. */
  crisisCalls: { call: 'Call {number}', text: 'Text {number}', tty: 'TTY {number}' },
  /** The three controls under the title of the pages for emergencies: when to use each, in one line. */
  crisisControls: {
    emergencyWhen: 'Not breathing, cannot be woken, a seizure, or in danger right now.',
    lifelineCallWhen: 'Thoughts of suicide, or a mental health or substance use crisis.',
    lifelineTextWhen: 'When it is hard or not safe to talk out loud.',
  },
  withdrawalWarning: {
    heading: 'Do not stop a benzodiazepine suddenly on your own',
    text: 'Stopping all at once, or cutting down too fast, can cause dangerous withdrawal, including seizures. Talk with a doctor before you change your dose. A doctor can help you lower it slowly and safely.',
    emergency: 'If someone has a seizure, is confused or sees things that are not there, call {emergency}.',
  },
  emergencyCheck: {
    heading: 'Is this an emergency?',
    seizure: 'A seizure, strong confusion, or seeing or hearing things that are not there: call {emergency}.',
    suicide: 'Thoughts of suicide: call or text {lifeline}. If you are in danger right now, call {emergency}.',
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
      'Watch for anxiety, shaking, a racing heart, restlessness and trouble sleeping. These can start within a day with short-acting benzos, or days later with long-acting ones. Call the prescriber today. If there is confusion, seeing or hearing things that are not there, or a seizure, call {emergency}.',
    seizureHeading: 'If someone has a seizure',
    seizureSteps: [
      'Stay with them and time the seizure.',
      'Ease them to the floor and turn them gently onto one side.',
      'Put nothing in their mouth. Move hard or sharp things away.',
      'Call {emergency}. A seizure in withdrawal is always an emergency.',
    ],
    sources: [
      {
        label: 'FDA boxed warning on benzodiazepines (2020)',
        url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
      },
      { label: 'benzodiazepine drug labels (DailyMed)', url: 'https://dailymed.nlm.nih.gov/dailymed/' },
      { label: 'CDC seizure first aid', url: 'https://www.cdc.gov/epilepsy/communications/features/firstaid.htm' },
    ],
  },
  overdose: {
    heading: 'If you think someone has overdosed',
    signsHeading: 'Signs of an overdose',
    signs: [
      'They cannot be woken up, or are very hard to wake.',
      'Their breathing is slow or shallow, or has stopped.',
      'They make choking, gurgling or snoring sounds.',
      'Their lips or fingernails are blue or gray, and their skin is cold and clammy.',
      'Their pupils are very small, like pinpoints, or their body is limp.',
      'They are confused or cannot move or talk normally.',
    ],
    fentanyl:
      'A fake pill may hold fentanyl, a strong opioid, so look for all of these signs, not only the ones you would expect from a benzo.',
    stepsHeading: 'What to do',
    steps: [
      'Call {emergency}. Give naloxone (Narcan) if you have it.',
      'Try to keep the person awake and breathing.',
      'Lay them on their side so they do not choke.',
      'Stay with them until help arrives.',
    ],
    naloxoneHeading: 'About naloxone',
    naloxone: [
      'Naloxone does no harm if the person took no opioids, so give it whenever you are unsure.',
      'If they are not breathing normally 2 to 3 minutes after the first dose, give a second dose.',
      'They still need emergency care, even if they wake up. Naloxone wears off after 30 to 90 minutes, and it does not reverse benzodiazepines or alcohol.',
      'You can buy naloxone at a pharmacy without a prescription.',
    ],
    goodSamaritan:
      'Illinois law protects people who call {emergency} for an overdose from arrest for having small amounts of drugs.',
    sources: [
      { label: 'CDC: what to do in an overdose', url: 'https://www.cdc.gov/stop-overdose/response/index.html' },
      {
        label: 'CDC: naloxone and its power to save lives (in Spanish)',
        url: 'https://www.cdc.gov/stop-overdose/es/caring/la-naloxona-y-su-poder-de-salvar-vidas.html',
      },
      {
        label: 'Chicago Department of Public Health: responding to an overdose',
        url: 'https://www.chicago.gov/city/en/depts/cdph/supp_info/behavioral-health/overcome-opioids/overcome-opioids-respond.html',
      },
      {
        label: 'Bureau of Justice Assistance: what naloxone reverses',
        url: 'https://www.bjatraining.org/naloxone/does-naloxone-reverse-any-overdose',
      },
      {
        label: 'Illinois Public Act 102-0476 (Good Samaritan law)',
        url: 'https://beta.ilga.gov/ftp/Public%20Acts/102/102-0476.htm',
      },
    ],
  },
  sourcesLine: 'Sources: {sources}.',
  crisisLines: {
    listLabel: 'Free help lines',
    website: 'Visit the {name} website',
    /** Each national line: how it is named and written for readers of this language, and when to use it. */
    lines: {
      emergency: {
        name: 'Emergency',
        display: '911',
        purpose: 'Someone is not breathing, cannot be woken, is having a seizure or is in danger right now.',
      },
      lifeline: {
        name: '988 Suicide & Crisis Lifeline',
        display: '988',
        purpose: 'Thoughts of suicide, or any mental health or substance use crisis. Free, 24/7.',
        note: 'In Spanish: call {number} and press 2, or text AYUDA to {number}.',
        url: 'https://988lifeline.org/',
      },
      samhsa: {
        name: 'SAMHSA National Helpline',
        display: '1-800-662-HELP (4357)',
        ttyDisplay: '1-800-487-4889',
        purpose: 'Free, confidential treatment referrals and information, 24/7, 365 days a year.',
        note: 'It answers in English and Spanish.',
        url: 'https://www.samhsa.gov/find-help/national-helpline',
      },
    },
  },
  /** Names of the pages of content/pages in the menus, by their file name in the default language. */
  pageLinks: {
    admissions: 'Admissions',
    'get-help-now': 'Get help now',
    'medical-review-policy': 'How we review medical content',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
  },
  notFound: { sectionsHeading: 'Main sections', homeLink: 'Home page' },
  /** Words that mean a page talks about stopping, withdrawal or tapering (a regular-expression alternation); such a page must show the withdrawal warning. */
  content: { stoppingWords: 'stop|stops|stopping|withdrawal|taper|tapering|tapered' },
  tableScroll: 'Table (scrolls sideways on small screens)',
  translation: {
    outdated: 'The original version of this page was updated on {date}. {link}. We are updating this translation.',
    outdatedLink: 'Read the updated original',
  },
  /** What the site may say about the languages the admissions line answers in (settings: admissionsLanguages). */
  admissionsLanguage: {
    answersIn: 'Our admissions line answers in English.',
    askAbout: 'When you call, you can ask about help in another language.',
    otherLines: 'These free lines answer in English:',
  },
};

export type Dictionary = typeof en;
