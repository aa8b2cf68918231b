import type { EmailCue } from './shared';

/*
 * A no in Spanish, said plainly: the ways Spanish and Latin American employers, portals (InfoJobs,
 * Computrabajo, Bumeran…) and public bodies write it. Patterns read lower case; accents optional,
 * since many templates lose them.
 */
export const REJECTION_ES: EmailCue[] = [
  {
    id: 'es-not-selected',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\bno (?:ha|has|han) (?:sido|resultado) (?:seleccionad[oa]s?|elegid[oa]s?|preseleccionad[oa]s?)\b|\bno (?:fue|fuiste|resulto|resultó) (?:seleccionad[oa]|elegid[oa])\b|\bno (?:quedaste|quedo|quedó|has quedado|ha quedado) (?:seleccionad[oa]|preseleccionad[oa]|elegid[oa])\b/,
    weight: 4,
    example: 'Lamentamos comunicarte que en esta ocasión no has sido seleccionada para el puesto.',
    why: 'The plainest Spanish no: "no has sido seleccionado/a", "no quedaste seleccionado".',
  },
  {
    id: 'es-other-candidates',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\b(?:continuar|seguir|avanzar|contar|quedarnos|optado|optar|decantado|decidido (?:continuar|seguir|avanzar|contar)|elegido a|escogido a|seleccionado a|eligi[oó] a|escogi[oó] a|seleccion[oó] a|eligieron a)(?: adelante)? (?:el proceso )?(?:con|por)? ?(?:otr[oa]s? (?:candidat[oa]s?|perfiles?|personas?|postulantes?)|(?:un|una|el|la) (?:candidat[oa]|perfil|persona|postulante) (?:que|cuyo|cuya|con))\b/,
    weight: 4,
    example: 'Hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más.',
    why: 'Going on with other candidates: the most common template in Spanish.',
  },
  {
    id: 'es-not-continue',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\bno (?:podr[aá]s incorporarte|continuar[aá]s|continuaras|contin[uú]a|sigues(?! (?:las|los|el|la|mis|sus|tus) )|seguir[aá]s|avanzar[aá]s|avanza|podremos (?:continuar|seguir|avanzar|contar contigo|ofrecerte)|vamos a (?:continuar|seguir|avanzar)|ha (?:avanzado|progresado|prosperado)|has (?:avanzado|superado|pasado)|estaremos (?:avanzando|continuando|siguiendo))\b|\bno (?:continuar|seguir|avanzar|continuaremos|seguiremos|avanzaremos|avanzar[aá]|continuar[aá]|seguir[aá]) (?:adelante )?(?:contigo|con usted|con vos|con (?:tu|su) (?:candidatura|postulaci[oó]n|solicitud|perfil|proceso))\b/,
    weight: 3.5,
    example: 'Tu candidatura no ha avanzado a la siguiente fase del proceso.',
    why: 'Not going further in the process, in its Spanish forms.',
  },
  {
    id: 'es-unsuccessful',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\b(?:no apt[oa]|no supera(?:do)?|no (?:ha|has) (?:superado|aprobado) (?:la|el) (?:prueba|examen|ejercicio|proceso)|no (?:ha|has) (?:alcanzado|obtenido) la (?:puntuaci[oó]n|nota|calificaci[oó]n) m[ií]nima|(?:he|hemos|ha|han) decidido (?:rechazar|desestimar|descartar|no aceptar) (?:tu|su) (?:candidatura|solicitud|postulaci[oó]n)|no admitid[oa]|excluid[oa]|(?<!\bno (?:hemos |han |has sido |ha sido |significa que (?:hayas|haya) sido ))descartad[oa]|candidatura (?:descartada|desestimada|no seleccionada)|estado:? (?:descartad[oa]|no seleccionad[oa]|finalizad[oa]))\b/,
    weight: 3.5,
    example: 'Estado de tu candidatura: descartada.',
    why: 'The one-word outcomes portals and public bodies use ("descartado", "no apto", "excluido"); not "no hemos descartado a nadie".',
  },
  {
    id: 'es-regret-to-tell',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\b(?:lamentamos|sentimos|lamento|siento) (?:mucho )?(?:comunicarte|comunicarle|informarte|informarle|decirte|decirle|tener que decirte)\b/,
    weight: 2.5,
    example: 'Lamentamos informarte de que hemos cubierto la vacante.',
    why: '"We regret to tell you": strong next to a job, never enough alone.',
  },
  {
    id: 'es-position-filled',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\b(?:la )?(?:vacante|plaza|posici[oó]n|puesto|oferta|proceso)(?: \w+){0,3} (?:ha sido|fue|ya ha sido|ya fue|se ha|ha quedado|qued[oó]) (?:cubiert[oa]|cerrad[oa]|cancelad[oa]|desiert[oa]|suspendid[oa]|congelad[oa])\b|\b(?:hemos|ya hemos) cubierto (?:la|el) (?:vacante|plaza|puesto|posici[oó]n)\b|\b(?:ya )?(?:completamos|hemos completado|cubrimos|hemos cubierto) (?:el equipo|la plantilla|las plazas|los puestos|las vacantes)\b/,
    weight: 3.5,
    example: 'Te informamos de que la vacante de Administrativo ya ha sido cubierta.',
    why: 'The place was filled, closed or left empty ("desierto"): no for everyone who applied.',
  },
  {
    id: 'es-chose-someone',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\b(?:elegido|elegimos|eligi[oó]|escogido|escogimos|escogi[oó]|quedado con|quedamos con|asignado a|asignamos a)(?: a)? (?:alguien|otr[oa]s? (?:persona|candidat[oa]|perfil|postulante|propuesta|profesional|freelancer?|ilustrador[a]?|traductor[a]?|dise[nñ]ador[a]?))\b/,
    weight: 3.5,
    example: 'Gracias por venir, pero ya elegimos a alguien para el salón.',
    why: 'Someone else was chosen, said the short way small employers and freelance clients write it.',
  },
  {
    id: 'es-not-on-list',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\bno (?:integra|integr[oó]|forma parte de|figura en|ha sido incluid[oa] en|fue incluid[oa] en) (?:la|el) (?:lista|orden de m[eé]rito|bolsa|relaci[oó]n)\b|\bno ganador[a]?\b|\bno aprobad[oa]\b|\bno (?:ha sido|fue) propuest[oa] para\b|\bno incluir a (?:la|el) (?:postulante|aspirante|candidat[oa]|concursante)\b|\bno (?:ha )?resultad[oa] adjudicatari[oa]\b/,
    weight: 3.5,
    example: 'Usted no integra la lista de prelación de titulares ni suplentes del presente llamado.',
    why: 'Public competitions say no as a result: off the list or the order of merit, "no ganador", "no aprobado".',
  },
  {
    id: 'es-offer-withdrawn',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\b(?:retirar|retiramos|anular|anulamos|cancelar|cancelamos|dejar sin efecto|dejamos sin efecto) (?:la|nuestra|esta) (?:oferta|propuesta)\b/,
    weight: 3.5,
    example: 'Por una reestructuración interna, tenemos que retirar la oferta que te hicimos.',
    why: 'An offer taken back ("dejar sin efecto la propuesta") is a no.',
  },
  {
    id: 'es-profile-doesnt-fit',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\b(?:su|tu) (?:perfil|candidatura|experiencia|curr[ií]culum|cv) no (?:se ajusta|encaja|se adecua|se adapta|cumple|coincide|se corresponde)\b/,
    weight: 3.5,
    example: 'Le comunicamos que, en esta ocasión, su perfil no se ajusta a los requisitos del puesto.',
    why: '"Your profile does not fit": a no said to the reader ("si tu perfil no encaja…" is a receipt).',
  },
  {
    id: 'es-request-not-approved',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\bno podemos activar (?:tu|su) cuenta de (?:repartidor|conductor|colaborador)|\b(?:tu|su) solicitud (?:para|de alta como|como) (?:repartir|conducir|repartidor\w*|conductor\w*|colaborador\w*)[^.]{0,60} no (?:fue|ha sido) (?:aprobada|aceptada)\b/,
    weight: 3.5,
    example: 'Tu licencia tiene 8 meses, por eso no podemos activar tu cuenta de repartidor en auto.',
    why: 'A platform or employer turning down an application to work ("no fue aprobada", "no podemos activar tu cuenta de repartidor").',
  },
  {
    id: 'es-not-among-chosen',
    labels: ['rejection'],
    lang: 'es',
    pattern:
      /\bno figura(?:s)? entre (?:las propuestas|los seleccionados|las personas seleccionadas|los candidatos propuestos|las personas propuestas)\b|\b(?:usted|tu) (?:continua|sigue|figura|aparece|esta) (?:en la relaci[oó]n de aspirantes |en la lista de |entre los )?excluid[oa]s?\b|\bfigura(?:s)? como excluid[oa]\b|\b(?:ha|han|hemos) decidido no (?:seguir|continuar|avanzar)(?: adelante)? con (?:ella|tu|su|vuestra)\b|\b(?:tu|su) (?:postulaci[oó]n|candidatura|solicitud)\b[^.]{0,80}\bno avanz[oó](?!\w)/,
    weight: 3.5,
    example: 'Su solicitud NO figura entre las propuestas para la concesión de contrato.',
    why: 'A no in the words of resolutions and portals: not among those proposed, still excluded, the company decided not to go on with it, the application did not advance.',
  },
];

/*
 * Spanish mail that is not a no: received applications (with the conditional silence many say
 * out loud), interviews, offers. They count against a no, as their English cousins do.
 */
export const OTHER_ES: EmailCue[] = [
  {
    id: 'es-application-received',
    labels: ['receipt'],
    lang: 'es',
    pattern:
      /\b(?:hemos recibido|recibimos|ha sido recibid[oa]|se ha registrado|se ha enviado|enviaste|has enviado) (?:correctamente )?(?:tu|su) (?:candidatura|postulaci[oó]n|solicitud|cv|curr[ií]culum)\b|\b(?:tu|su) (?:candidatura|postulaci[oó]n|solicitud) (?:ha sido|fue|se ha) (?:recibid[oa]|registrad[oa]|enviad[oa])\b/,
    weight: -2,
    example: 'Hemos recibido tu candidatura para el puesto de Dependienta.',
    why: 'A confirmation that the application arrived.',
  },
  {
    id: 'es-silence-means-no',
    labels: ['receipt'],
    lang: 'es',
    pattern:
      /\b(?:si|en caso de que?) (?:en|pasad[oa]s?|transcurrid[oa]s?|durante|dentro de)?.{0,40}\bno (?:recibes?|recibe|recibiera|recibieras|tienes|tiene|hemos contactado|nos ponemos|te hemos|le hemos|le contactamos|te contactamos)\b|\bsolo (?:nos pondremos|contactaremos|se contactar[aá]|nos comunicaremos|llamaremos)\b/,
    weight: -2.5,
    example: 'Si en 15 días no recibes noticias nuestras, entiende que tu perfil no ha sido seleccionado.',
    why: 'A receipt that says what silence will mean later: not a no now.',
  },
  {
    id: 'es-under-review',
    labels: ['receipt'],
    lang: 'es',
    pattern:
      /\b(?:estamos|est[aá]n?|seguimos|vamos a|procederemos a) (?:revisando|evaluando|valorando|analizando|revisar|evaluar|valorar|analizar)\b|\ben (?:proceso|revisi[oó]n|evaluaci[oó]n)\b/,
    weight: -2,
    example: 'Nuestro equipo está revisando las candidaturas y te escribiremos pronto.',
    why: 'The application is still being read.',
  },
  {
    id: 'es-interview',
    labels: ['invitation'],
    lang: 'es',
    pattern:
      /\b(?:te|le|os) (?:invitamos|convocamos|citamos) (?:a|para)\b|\b(?:agendar|programar|coordinar|concertar) (?:una|la) (?:entrevista|llamada|reuni[oó]n|videollamada)\b|\bpasas? a la (?:siguiente|pr[oó]xima) fase\b/,
    weight: -3,
    example: 'Nos gustaría invitarte a una entrevista: te invitamos a elegir un horario.',
    why: 'An interview or a next stage is coming.',
  },
  {
    id: 'es-offer',
    labels: ['offer'],
    lang: 'es',
    pattern:
      /\b(?:nos complace|estamos encantad[oa]s de|tenemos el gusto de) (?:ofrecerte|ofrecerle|comunicarte que has sido seleccionad[oa]|darte la bienvenida)\b|\b(?:carta|propuesta) de (?:oferta|contrataci[oó]n)\b/,
    weight: -4,
    example: 'Nos complace ofrecerte el puesto de Analista de Datos.',
    why: 'An offer: the opposite of a no.',
  },
  {
    id: 'es-you-withdrew',
    labels: ['withdrawal'],
    lang: 'es',
    pattern:
      /\b(?:has|ha) retirado (?:tu|su) (?:candidatura|postulaci[oó]n|solicitud)\b|\bretirada de (?:tu|su) (?:candidatura|postulaci[oó]n|solicitud)\b/,
    weight: -2.5,
    firm: true,
    example: 'Te confirmamos que has retirado tu candidatura al puesto de Controller Financiero Junior.',
    why: 'The person withdrawing, not a no: "has retirado tu candidatura".',
  },
  {
    id: 'es-candidate-survey',
    labels: ['survey'],
    lang: 'es',
    pattern:
      /\bindependientemente del resultado\b|\bresponder (?:la )?encuesta\b|\btu experiencia (?:en|con) (?:nuestro|el) proceso\b/,
    weight: -3,
    firm: true,
    example: 'Independientemente del resultado, tu opinión es muy importante para mejorar.',
    why: 'A survey about the hiring process, sent whatever the outcome: not a decision.',
  },
  {
    id: 'es-you-declined-the-offer',
    labels: ['no-decision'],
    lang: 'es',
    pattern:
      /\b(?:hayas|haya|has|ha) decidido (?:no aceptar|rechazar|declinar) (?:nuestra|la|esta) (?:oferta|propuesta)\b|\bdecidiste (?:no aceptar|rechazar|declinar) (?:nuestra|la) (?:oferta|propuesta)\b/,
    weight: -4,
    firm: true,
    example: 'Lamentamos mucho que hayas decidido no aceptar nuestra oferta, pero lo entendemos.',
    why: 'The reader turned the offer down: their decision, not a no.',
  },
  {
    id: 'es-i-withdraw-or-decline',
    labels: ['own-mail'],
    lang: 'es',
    pattern:
      /\bhe decidido (?:no aceptar|rechazar|declinar) (?:la|su|tu|vuestra|esta) (?:oferta|propuesta)\b|\b(?:he decidido|quisiera|quiero|deseo) retirar mi (?:candidatura|postulaci[oó]n|solicitud)\b/,
    weight: -4,
    firm: true,
    example: 'Muchas gracias, pero después de pensarlo mucho he decidido no aceptar la oferta.',
    why: 'The reader\'s own message declining an offer or withdrawing: their decision, not a no ("he decidido rechazar tu candidatura" is an employer\'s no).',
  },
  {
    id: 'es-my-own-application',
    labels: ['own-mail'],
    lang: 'es',
    pattern:
      /\b(?:les|le|te) (?:env[ií]o|adjunto|hago llegar) mi (?:curr[ií]culum|cv|hoja de vida|candidatura)\b|\bme gustar[ií]a (?:postularme|postular|presentar mi candidatura)\b/,
    weight: -4,
    firm: true,
    example: 'Buenas tardes, les envío mi currículum para el puesto de ayudante de cocina.',
    why: "The reader's own application, in their sent mail: nothing has been decided yet.",
  },
  {
    id: 'es-speculative-cv',
    labels: ['own-mail'],
    lang: 'es',
    pattern: /\b(?:candidatura|solicitud|postulaci[oó]n) espont[aá]nea\b|\bcv espont[aá]neo\b/,
    weight: -4,
    firm: true,
    example: 'Gracias por tu candidatura espontánea; guardaremos tu CV en nuestra base de datos.',
    why: 'A CV sent on spec: "no tenemos vacantes" turns down no job the reader applied to.',
  },
  {
    id: 'es-no-decision-made',
    labels: ['no-decision'],
    lang: 'es',
    pattern:
      /\bno se ha tomado ninguna decisi[oó]n sobre (?:las|su|tu) candidaturas?\b|\bno se ha (?:evaluado|valorado|revisado) ninguna candidatura\b/,
    weight: -4,
    firm: true,
    example: 'No se ha tomado ninguna decisión sobre las candidaturas ni se va a contratar a nadie.',
    why: 'The search closed before anyone was assessed: nothing was decided about the reader.',
  },
];
