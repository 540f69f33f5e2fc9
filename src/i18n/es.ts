import type { Dictionary } from './en.ts';

/**
 * Todo el texto de la interfaz en español, con las mismas claves que en.ts (src/i18n/index.ts lo
 * comprueba al compilar). Se trata de usted; los términos médicos siguen a MedlinePlus en español.
 */
export const es: Dictionary = {
  skipLink: 'Saltar al contenido principal',
  homeCrumb: 'Inicio',
  mainNav: 'Principal',
  footerNav: 'Pie de página',
  breadcrumb: 'Ruta de navegación',
  callAdmissionsAt: 'Llamar a admisiones al',
  callBarLabel: 'Llamar a admisiones',
  shareImageAlt: 'ayuda para la adicción a las benzodiazepinas',
  footerCrisisHeading: '¿En una crisis? Ayuda gratis, de día y de noche',
  footerMoreHelp: 'Más sobre cómo conseguir ayuda ahora mismo',
  footerDisclaimer: 'Este sitio da información general, no consejos médicos para su caso.',
  sections: {
    education: {
      nav: 'Benzodiazepinas',
      crumb: 'Adicción a las benzodiazepinas',
      hubTitle: 'Adicción a las benzodiazepinas',
      hubDescription:
        'Guías sencillas sobre benzodiazepinas como Xanax, Klonopin, Valium y Ativan: dependencia, adicción, abstinencia segura, sobredosis y ayuda.',
      hubLead:
        'Respuestas claras sobre las benzodiazepinas, con las fuentes de cada página. Cada página también le dice si un médico ya la revisó.',
      listHeading: 'Guías',
      allLink: 'Todas las guías sobre la adicción a las benzodiazepinas',
    },
    drugs: {
      listHeading: 'Benzodiazepinas comunes, una página para cada una',
    },
    treatments: {
      nav: 'Tratamiento',
      crumb: 'Tratamiento',
      hubTitle: 'Tratamiento para la adicción a las benzodiazepinas',
      hubDescription:
        'Niveles de atención y terapia para la adicción a las benzodiazepinas: hospitalización parcial, atención ambulatoria, terapia y una disminución gradual.',
      hubLead:
        'La atención se planea según usted: cuánto apoyo necesita, su salud y cómo responde su cuerpo a bajar la dosis despacio y con seguridad.',
      listHeading: 'Opciones de tratamiento',
      allLink: 'Todas las opciones de tratamiento',
      kinds: { 'level-of-care': 'Niveles de atención', therapy: 'Terapia y atención médica' },
    },
    staff: {
      nav: 'Nuestro equipo',
      crumb: 'Nuestro equipo',
      hubTitle: 'Nuestro equipo',
      hubDescription:
        'Conozca a la médica que dirige la atención médica de Northern Illinois Recovery Center: nuestra directora médica y su formación.',
      hubLead: 'Las personas que guían la atención en nuestro centro.',
      listHeading: 'Nuestro equipo',
      allLink: 'Conozca a nuestro equipo',
    },
  },
  article: {
    sources: 'Fuentes',
    nextStepHeading: 'Hable con nosotros',
    nextStepText: 'La llamada es gratis y privada. No tiene que decidir nada por teléfono.',
    lastUpdated: 'Última actualización:',
  },
  review: {
    reviewedBy: 'Revisión médica de',
    on: 'el',
    updatedOn: 'Actualizada el',
    afterReview: 'después de su última revisión médica',
    by: 'por',
    changesNotReviewed: 'Los cambios aún no tienen revisión médica.',
    notReviewed: 'Esta página todavía no tiene revisión médica.',
    writtenFromSources: 'Nuestro equipo la escribió a partir de las fuentes que aparecen al final de la página.',
    policyLink: 'Cómo revisamos el contenido médico',
  },
  home: {
    guidesHeading: 'Aprenda sobre las benzodiazepinas',
    treatmentsHeading: 'Opciones de tratamiento',
    doctorHeading: 'Quién revisa nuestras páginas médicas',
    doctorIntro: 'Nuestra directora médica es',
    doctorNoneReviewed:
      'Ningún médico ha aprobado todavía nuestras páginas médicas. Mientras tanto, cada página lo dice al principio y muestra las fuentes con las que se escribió.',
    doctorSomeReviewed: (reviewed: number, total: number) =>
      `Un médico aprobó ${reviewed} de nuestras ${total} páginas médicas tal como están ahora. Cada página dice al principio si tiene revisión médica y muestra sus fuentes.`,
    doctorAllReviewed:
      'Un médico aprobó todas nuestras páginas médicas tal como están ahora. Cada página dice al principio quién la revisó y cuándo, y muestra sus fuentes.',
  },
  bio: {
    boardCertifications: 'Certificaciones de especialidad',
    licenses: 'Licencias',
    training: 'Formación',
    facultyAppointment: 'Cargo docente',
    clinicalInterests: 'Intereses clínicos',
    reviewedPages: (name: string) => `Páginas con revisión médica de ${name}`,
  },
  drug: {
    factsHeading: 'Datos básicos',
    brandNames: 'Nombres de marca',
    formerBrands: 'Antes se vendía como',
    approvedFor: 'Usos aprobados por la FDA',
    howLong: 'Cuánto tiempo actúa',
    labelFigure: 'Según la etiqueta del medicamento',
    schedule: 'Lista de la DEA',
    scheduleValue: (schedule: string) => `Sustancia controlada de la Lista ${schedule}`,
    label: 'Etiqueta completa',
    labelLink: (generic: string) => `La etiqueta de ${generic} en DailyMed (en inglés)`,
    actingClasses: {
      short: 'De acción corta',
      'short-to-intermediate': 'De acción corta a intermedia',
      long: 'De acción larga',
    },
    table: {
      caption: 'Benzodiazepinas comunes',
      drug: 'Medicamento',
      uses: 'Usos aprobados por la FDA',
      acting: 'Cuánto tiempo actúa',
      formerly: (brands: string) => `antes se vendía como ${brands}`,
    },
  },
  withdrawalWarning: {
    heading: 'No deje de tomar una benzodiazepina de golpe por su cuenta',
    text: 'Dejarla de repente, o bajar la dosis demasiado rápido, puede causar una abstinencia peligrosa, incluso convulsiones. Hable con un médico antes de cambiar su dosis. Un médico puede ayudarle a bajarla despacio y con seguridad.',
    emergency: 'Si alguien tiene una convulsión, está confundido o ve cosas que no existen, llame al',
  },
  emergencyCheck: {
    heading: '¿Es una emergencia?',
    seizure: 'Una convulsión, mucha confusión, o ver u oír cosas que no existen: llame al',
    suicide: 'Pensamientos de suicidio: llame o envíe un mensaje de texto al',
    suicideDanger: 'o llame al',
    suicideDangerEnd: 'si está en peligro ahora mismo.',
  },
  ranOut: {
    heading: '¿Se quedó sin pastillas, las dejó de golpe o tiene síntomas de abstinencia?',
    intro:
      'Dejar una benzodiazepina de golpe puede ser peligroso, aunque la haya tomado tal como se la recetaron. Busque ayuda médica hoy mismo. No espere a ver si se le pasa.',
    goNow:
      'Vaya hoy mismo a una sala de emergencias si la persona tomaba una dosis alta de una benzodiazepina de acción corta, como Xanax, si ya tuvo una convulsión durante una abstinencia, o si toma alcohol todos los días.',
    otherwise:
      'Si no, llame hoy al médico que se la recetó. Si no logra hablar con él, pregunte en una farmacia o vaya a un centro de atención de urgencias.',
    dont: 'No tome alcohol ni pastillas de la calle para calmar los síntomas. No se quede solo: pídale a alguien que se quede con usted.',
    watchHeading: 'Si ya la dejó de golpe',
    watch:
      'Esté atento a la ansiedad, los temblores, el corazón acelerado, la inquietud y la dificultad para dormir. Con las benzodiazepinas de acción corta pueden empezar en un día; con las de acción larga, días después. Llame hoy al médico que se la recetó. Si hay confusión, si la persona ve u oye cosas que no existen o tiene una convulsión, llame al 911.',
    seizureHeading: 'Si alguien tiene una convulsión',
    seizureSteps: [
      'Quédese con la persona y mida cuánto dura la convulsión.',
      'Ayúdela a bajar al piso y póngala de lado con cuidado.',
      'No le ponga nada en la boca. Aleje las cosas duras o con filo.',
      'Llame al 911. Una convulsión durante la abstinencia siempre es una emergencia.',
    ],
    sources: 'Fuentes',
    sourceLinks: [
      {
        label: 'advertencia de recuadro de la FDA (2020, en inglés)',
        href: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
      },
      {
        label: 'etiquetas de las benzodiazepinas (DailyMed, en inglés)',
        href: 'https://dailymed.nlm.nih.gov/dailymed/',
      },
      {
        label: 'primeros auxilios para convulsiones de los CDC (en inglés)',
        href: 'https://www.cdc.gov/epilepsy/communications/features/firstaid.htm',
      },
    ],
  },
  overdose: {
    heading: 'Si cree que alguien tuvo una sobredosis',
    steps: [
      'Dele naloxona si la tiene, y llame al',
      'Trate de mantener a la persona despierta y respirando.',
      'Acueste a la persona de lado para que no se ahogue.',
      'Quédese con ella hasta que llegue la ayuda.',
    ],
    naloxone:
      'La naloxona (Narcan) se vende sin receta en las farmacias. Revierte los opioides, no las benzodiazepinas. Désela de todos modos: la mayoría de las muertes por sobredosis de benzodiazepinas también tienen opioides, y una pastilla puede tener opioides sin que la persona lo sepa.',
    source: 'Pasos de los CDC (en inglés)',
  },
  crisisLines: {
    listLabel: 'Líneas de ayuda gratis',
    call: 'llame al',
    orText: 'o envíe un mensaje de texto al',
    tty: 'TTY',
    website: (name: string) => `Visite el sitio web de ${name}`,
  },
  pageLinks: {
    admissions: 'Admisiones',
    'get-help-now': 'Ayuda inmediata',
    'medical-review-policy': 'Cómo revisamos el contenido médico',
    privacy: 'Privacidad',
    accessibility: 'Accesibilidad',
  },
  notFound: { sectionsHeading: 'Secciones principales', homeLink: 'Página de inicio' },
  tableScroll: 'Tabla (en pantallas pequeñas se desplaza hacia los lados)',
  language: { switchTo: 'English' },
  translation: {
    outdatedBefore: 'La versión original de esta página (en inglés) se actualizó el',
    outdatedLink: 'Lea la versión original actualizada',
    outdatedAfter: 'Estamos actualizando esta traducción.',
  },
  admissionsLanguage: {
    answersIn: 'Nuestro equipo de admisiones puede atenderle en español.',
    askAbout: 'Cuando llame, puede preguntar si hay ayuda en español.',
    otherLines: 'Estas líneas gratis le atienden en español:',
  },
};
