import type { Dictionary } from './en.ts';

/**
 * Todo el texto de la interfaz en español, con las mismas claves que en.ts (src/i18n/index.ts lo
 * comprueba al compilar). Se trata de usted; los términos médicos siguen a MedlinePlus en español.
 * Las frases están completas: {name}, {date} y demás marcan dónde va cada dato, y pueden moverse.
 */
export const es: Dictionary = {
  language: { name: 'Español', switchLabel: 'Otros idiomas' },
  skipLink: 'Saltar al contenido principal',
  homeCrumb: 'Inicio',
  landmarks: { main: 'Principal', footer: 'Pie de página', breadcrumb: 'Ruta de navegación' },
  call: {
    admissions: 'Llamar a admisiones al {number}',
    short: 'Admisiones {number}',
    barLabel: 'Llamar a admisiones',
    emergencyBarLabel: 'Líneas de emergencia y de crisis',
  },
  header: { menu: 'Menú', inDanger: '¿En peligro? {call}', crisisLines: 'Líneas de crisis' },
  onThisPage: 'En esta página',
  shareImageAlt: 'ayuda para la adicción a las benzodiazepinas',
  footer: {
    crisisHeading: '¿Está en crisis? Ayuda gratis, de día y de noche',
    moreHelp: 'Más sobre cómo conseguir ayuda ahora mismo',
    disclaimer: '{organization}. Este sitio da información general, no consejos médicos para su caso.',
  },
  sections: {
    education: {
      address: 'adiccion-a-benzodiazepinas',
      nav: 'Benzodiazepinas',
      crumb: 'Adicción a las benzodiazepinas',
      hubTitle: 'Adicción a las benzodiazepinas',
      hubDescription:
        'Guías sencillas sobre benzodiazepinas como Xanax, Klonopin, Valium y Ativan: dependencia, adicción, cómo pasar la abstinencia sin peligro, sobredosis y ayuda.',
      hubLead:
        'Respuestas claras sobre las benzodiazepinas, con las fuentes de cada página. Cada página también le dice si un médico ya la revisó.',
      listHeading: 'Guías',
      allLink: 'Todas las guías sobre la adicción a las benzodiazepinas',
    },
    drugs: {
      listHeading: 'Benzodiazepinas comunes, una página para cada una',
    },
    treatments: {
      address: 'tratamiento',
      nav: 'Tratamiento',
      crumb: 'Tratamiento',
      hubTitle: 'Tratamiento para la adicción a las benzodiazepinas',
      hubDescription:
        'Niveles de atención y terapia para la adicción a las benzodiazepinas: hospitalización parcial, atención ambulatoria, terapia y cómo se baja la dosis poco a poco.',
      hubLead:
        'Cuánta atención necesita una persona depende de su salud y de la gravedad de su caso. Aquí están los tipos de atención y lo que incluye cada uno.',
      listHeading: 'Opciones de tratamiento',
      allLink: 'Todas las opciones de tratamiento',
      groups: { 'level-of-care': 'Niveles de atención', therapy: 'Cómo funcionan la terapia y la disminución gradual' },
    },
    staff: {
      address: 'nuestro-equipo',
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
  hubEmpty:
    'Todavía ningún médico ha aprobado una página sobre este tema, así que por ahora no se publica ninguna aquí.',
  article: {
    sources: 'Fuentes',
    nextStepHeading: 'Hable con nosotros',
    nextStepText: 'La llamada es gratis. No tiene que decidir nada por teléfono.',
    lastUpdated: 'Actualizada: {date}',
  },
  review: {
    reviewed: 'Revisión médica: {name}, {role}, el {date}.',
    // La directora médica es una mujer: si cambia la persona, cambie también el artículo.
    translationReviewed:
      'Revisión médica de la versión en inglés por la {name}, {role}, el {date}; traducción verificada por {translator}, {translatorRole}, el {checked}.',
    due: 'Revisión vencida desde el {due}. Última revisión médica: {name}, {role}, el {date}. No se ha vuelto a revisar desde entonces.',
    changed:
      'Actualizada el {updated}, después de su última revisión médica ({name}, {role}, el {date}). Los cambios aún no tienen revisión médica.',
    unreviewed: 'Todavía sin revisión médica',
    policyLink: 'Cómo revisamos el contenido médico',
    sources: { one: '{count} fuente', other: '{count} fuentes' },
    placeholders: {
      name: 'nombre',
      role: 'cargo',
      date: 'fecha',
      due: 'fecha',
      updated: 'fecha',
      translator: 'nombre',
      translatorRole: 'título',
      checked: 'fecha',
    },
    meanings: {
      reviewed:
        'Un médico de nuestro equipo aprobó las palabras exactas que usted ve en la página hace menos de {months} meses.',
      translationReviewed:
        'Aparece en las páginas traducidas. Un médico aprobó la página en inglés, y un traductor médico calificado comprobó que esta página dice lo mismo.',
      due: 'Un médico aprobó estas palabras hace más de {months} meses. Hasta que un médico vuelva a aprobar la página, no cuenta como revisada.',
      changed: 'Las palabras cambiaron después de la última aprobación, y los cambios aún no tienen revisión.',
      unreviewed: 'Ningún médico ha aprobado la página tal como está ahora.',
    },
  },
  publishing: {
    all: 'Por ahora publicamos todas las páginas, y cada una dice con claridad si un médico la revisó.',
    reviewed:
      'Por ahora solo publicamos las páginas que un médico aprobó. Las demás quedan sin publicar hasta su revisión, y ninguna página tiene un enlace a ellas.',
  },
  home: {
    tasks: {
      label: 'Por dónde empezar',
      emergency: {
        title: 'Es una emergencia',
        text: 'Llame al 911 o al 988 ahora, y vea qué hacer en una sobredosis.',
      },
      prescribed: {
        title: 'Tomo una benzodiazepina con receta y quiero dejarla',
        text: 'Por qué no dejarla de golpe y cómo es una disminución gradual con su médico.',
      },
      someone: {
        title: 'Me preocupa otra persona',
        text: 'Señales que puede notar, cómo empezar la conversación y apoyo para usted.',
      },
    },
    guidesHeading: 'Aprenda sobre las benzodiazepinas',
    treatmentsHeading: 'Opciones de tratamiento',
    doctorHeading: 'Quién revisa nuestras páginas médicas',
    // La directora médica es una mujer: si cambia la persona, cambie también el artículo.
    doctorIntro: 'Nuestra atención médica la dirige la {name}.',
    doctorNoneReviewed:
      'Ningún médico ha aprobado todavía nuestras páginas médicas. Mientras tanto, cada página lo dice al principio y muestra las fuentes con las que se escribió.',
    doctorSomeReviewed: {
      one: 'Un médico aprobó {count} de nuestras {total} páginas médicas tal como está ahora. Cada página dice al principio si tiene revisión médica y muestra sus fuentes.',
      other:
        'Un médico aprobó {count} de nuestras {total} páginas médicas tal como están ahora. Cada página dice al principio si tiene revisión médica y muestra sus fuentes.',
    },
    doctorAllReviewed:
      'Un médico aprobó todas nuestras páginas médicas tal como están ahora. Cada página dice al principio quién la revisó y cuándo, y muestra sus fuentes.',
  },
  bio: {
    boardCertifications: 'Certificaciones de especialidad',
    licenses: 'Licencias',
    training: 'Formación',
    trainingStep: '{stage}: {institution}',
    facultyAppointment: 'Cargo docente',
    clinicalInterests: 'Intereses clínicos',
    reviewedPages: 'Páginas con revisión médica de la {name}',
  },
  drug: {
    factsHeading: 'Datos básicos',
    brandNames: 'Nombres de marca',
    formerBrands: 'Antes se vendía como',
    approvedFor: 'Usos aprobados por la FDA',
    howLong: 'Cuánto tiempo actúa',
    labelFigure: 'Según la etiqueta del medicamento',
    schedule: 'Lista de la DEA',
    scheduleValue: 'Sustancia controlada de la Lista {schedule}',
    label: 'Etiqueta completa',
    labelLink: 'La etiqueta de {generic} en DailyMed (en inglés)',
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
      brands: '{generic} ({brands})',
      formerly: 'antes se vendía como {brands}',
    },
  },
  boxes: { emergency: 'Emergencia', caution: 'Precaución', information: 'Información útil' },
  crisisCalls: { call: 'Llamar al {number}', text: 'Mensaje de texto al {number}', tty: 'TTY {number}' },
  crisisControls: {
    emergencyWhen: 'No respira, no se despierta, tiene una convulsión o está en peligro ahora mismo.',
    lifelineCallWhen: 'Pensamientos de suicidio o una crisis de salud mental o por drogas. Para español, marque 2.',
    lifelineTextWhen: 'Si le cuesta hablar o no es seguro hacerlo. Para español, escriba AYUDA.',
  },
  withdrawalWarning: {
    heading: 'No deje de tomar una benzodiazepina de golpe por su cuenta',
    text: 'Dejarla de repente, o bajar la dosis demasiado rápido, puede causar una abstinencia peligrosa, incluso convulsiones. Hable con un médico antes de cambiar su dosis. Un médico puede ayudarle a bajarla despacio y sin peligro.',
    emergency: 'Si alguien tiene una convulsión, está confundido o ve cosas que no existen, llame al {emergency}.',
  },
  emergencyCheck: {
    heading: '¿Es una emergencia?',
    seizure: 'Una convulsión, mucha confusión, o ver u oír cosas que no existen: llame al {emergency}.',
    suicide:
      'Pensamientos de suicidio: llame o envíe un mensaje de texto al {lifeline} (para español, marque 2 o escriba AYUDA). Si está en peligro ahora mismo, llame al {emergency}.',
  },
  ranOut: {
    heading: '¿Se quedó sin pastillas, las dejó de golpe o tiene síntomas de abstinencia?',
    intro:
      'Dejar una benzodiazepina de golpe puede ser peligroso, aunque la haya tomado tal como se la recetaron. Busque ayuda médica hoy mismo. No espere a ver si se le pasa.',
    goNow:
      'Vaya hoy mismo a una sala de emergencias si la persona tomaba una dosis alta de una benzodiazepina de acción corta, como Xanax, si ya tuvo una convulsión durante una abstinencia o si toma alcohol todos los días.',
    otherwise:
      'Si no, llame hoy al médico que se la recetó. Si no logra comunicarse, pregunte en una farmacia o vaya a un centro de atención de urgencias.',
    dont: 'No tome alcohol ni pastillas de la calle para calmar los síntomas. No se quede solo: pídale a alguien que se quede con usted.',
    watchHeading: 'Si ya la dejó de golpe',
    watch:
      'Esté atento a la ansiedad, los temblores, el corazón acelerado, la inquietud y la dificultad para dormir. Con las benzodiazepinas de acción corta pueden empezar en un día; con las de acción larga, días después. Llame hoy al médico que se la recetó. Si hay confusión, si la persona ve u oye cosas que no existen o si tiene una convulsión, llame al {emergency}.',
    seizureHeading: 'Si alguien tiene una convulsión',
    seizureSteps: [
      'Quédese con la persona y mida cuánto dura la convulsión.',
      'Ayúdela a bajar al piso y póngala de lado con cuidado.',
      'No le ponga nada en la boca. Aleje las cosas duras o con filo.',
      'Llame al {emergency}. Una convulsión durante la abstinencia siempre es una emergencia.',
    ],
    sources: [
      {
        label: 'advertencia de recuadro de la FDA sobre las benzodiazepinas (2020, en inglés)',
        url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
      },
      {
        label: 'etiquetas de las benzodiazepinas (DailyMed, en inglés)',
        url: 'https://dailymed.nlm.nih.gov/dailymed/',
      },
      {
        label: 'primeros auxilios para convulsiones de los CDC (en inglés)',
        url: 'https://www.cdc.gov/epilepsy/communications/features/firstaid.htm',
      },
    ],
  },
  overdose: {
    heading: 'Si cree que alguien tuvo una sobredosis',
    signsHeading: 'Señales de una sobredosis',
    signs: [
      'No se despierta, o cuesta mucho despertarla.',
      'Respira despacio o muy poco, o no respira.',
      'Hace ruidos como si se ahogara, gorgoteos o ronquidos.',
      'Tiene los labios o las uñas azules o grises, y la piel fría y húmeda.',
      'Tiene las pupilas muy pequeñas, como puntitos, o el cuerpo flojo.',
      'Está confundida o no puede moverse ni hablar con normalidad.',
    ],
    fentanyl:
      'Una pastilla falsa puede tener fentanilo, un opioide muy fuerte. Por eso, fíjese en todas estas señales, no solo en las que espera de una benzodiazepina.',
    stepsHeading: 'Qué hacer',
    steps: [
      'Llame al {emergency}. Dele naloxona (Narcan) si la tiene.',
      'Trate de mantener a la persona despierta y respirando.',
      'Acuéstela de lado para que no se ahogue.',
      'Quédese con ella hasta que llegue la ayuda.',
    ],
    naloxoneHeading: 'Sobre la naloxona',
    naloxone: [
      'La naloxona no hace daño si la persona no tomó opioides. Si tiene dudas, désela.',
      'Si la persona no respira con normalidad de 2 a 3 minutos después de la primera dosis, dele una segunda dosis.',
      'Aunque se despierte, necesita atención de emergencia. El efecto de la naloxona se pasa en 30 a 90 minutos, y no revierte las benzodiazepinas ni el alcohol.',
      'Puede comprar naloxona en la farmacia sin receta.',
    ],
    goodSamaritan:
      'La ley de Illinois protege de un arresto por tener pequeñas cantidades de drogas a quien llama al {emergency} por una sobredosis.',
    sources: [
      {
        label: 'CDC: qué hacer si cree que alguien tiene una sobredosis',
        url: 'https://www.cdc.gov/stop-overdose/es/response/que-hacer-si-cree-que-alguien-tiene-una-sobredosis.html',
      },
      {
        label: 'CDC: la naloxona y su poder de salvar vidas',
        url: 'https://www.cdc.gov/stop-overdose/es/caring/la-naloxona-y-su-poder-de-salvar-vidas.html',
      },
      {
        label: 'Departamento de Salud Pública de Chicago (en inglés)',
        url: 'https://www.chicago.gov/city/en/depts/cdph/supp_info/behavioral-health/overcome-opioids/overcome-opioids-respond.html',
      },
      {
        label: 'Oficina de Asistencia Judicial: qué revierte la naloxona (en inglés)',
        url: 'https://www.bjatraining.org/naloxone/does-naloxone-reverse-any-overdose',
      },
      {
        label: 'Ley Pública 102-0476 de Illinois (en inglés)',
        url: 'https://beta.ilga.gov/ftp/Public%20Acts/102/102-0476.htm',
      },
    ],
  },
  sourcesLine: 'Fuentes: {sources}.',
  crisisLines: {
    listLabel: 'Líneas de ayuda gratis',
    website: 'Visite el sitio web de la {name}',
    lines: {
      emergency: {
        name: 'Emergencias',
        display: '911',
        purpose: 'Alguien no respira, no se despierta, tiene una convulsión o está en peligro ahora mismo.',
      },
      lifeline: {
        name: 'Línea 988 de Prevención del Suicidio y Crisis',
        display: '988',
        purpose:
          'Pensamientos de suicidio, o cualquier crisis de salud mental o por consumo de sustancias. Gratis, todos los días, a toda hora.',
        note: 'En español: llame al {number} y marque 2, o envíe AYUDA en un mensaje de texto al {number}.',
        url: 'https://988lineadevida.org/',
      },
      samhsa: {
        name: 'Línea Nacional de Ayuda de SAMHSA',
        display: '1-800-662-4357',
        ttyDisplay: '1-800-487-4889',
        purpose:
          'Información y referencias a tratamiento, gratis y confidenciales, todos los días, a toda hora, los 365 días del año.',
        note: 'Atiende en inglés y en español.',
        url: 'https://www.samhsa.gov/find-help/national-helpline',
      },
    },
  },
  pageLinks: {
    admissions: 'Admisiones',
    'get-help-now': 'Ayuda inmediata',
    'medical-review-policy': 'Cómo revisamos el contenido médico',
    privacy: 'Privacidad',
    accessibility: 'Accesibilidad',
  },
  notFound: { sectionsHeading: 'Secciones principales', homeLink: 'Página de inicio' },
  content: { stoppingWords: 'dejar|dejarla|dejarlas|dejarlo|suspender|abstinencia|disminución gradual|bajar la dosis' },
  tableScroll: 'Tabla (en pantallas pequeñas se desplaza hacia los lados)',
  translation: {
    outdated:
      'La versión original de esta página (en inglés) se actualizó el {date}. {link}. Estamos actualizando esta traducción.',
    outdatedLink: 'Lea la versión original actualizada',
  },
  admissionsLanguage: {
    answersIn: 'Nuestra línea de admisiones le atiende en español.',
    askAbout: 'Cuando llame, puede preguntar si hay ayuda en español.',
    otherLines: 'Estas líneas gratis le atienden en español:',
  },
};
