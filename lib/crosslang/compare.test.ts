import { describe, expect, it } from 'vitest';
import { compareAnchors, datesFromDenial, namesAlike, oppositeAttribute, quotationsOf, quotesNear, reversedCourse, samePolarity, saysNeither, sharedContext, sourcesDiffer, statesEverything } from './compare.ts';
import { findDates, looksAhead } from './dates.ts';
import { glossSentence } from './gloss.ts';
import { NameBook } from './names.ts';
import { prepare } from '../verify/verify.ts';
import { wordVectors } from '../verify/shared-vectors.ts';
import { term } from '../text/tokens.ts';

// English report sentences written for these tests (not the seeds' wording).
const REPORT = [
  'The withdrawal of diplomats’ wives and children started on Friday, a European intelligence source said.',
  'The Pentagon now has 11 warships and 15,000 troops in the Caribbean.',
  'Ministry spokeswoman Maria Zakharova rejected the reports on Monday as Western provocations.',
];
const book = new NameBook(REPORT);

function read(sentence: string, lang: 'es' | 'ru', report: string, reportDate = '2025-12-22') {
  const { text, anchors } = glossSentence(sentence, lang, '2025-12-22', book);
  const generic = new Set(['russia', 'venezuela', 'caribbean', 'caraca', 'moscow']);
  return compareAnchors(prepare(text), [prepare(report)], anchors.names, generic, {
    reportDate,
    explicitDates: anchors.dates.length > 0 && anchors.dates.every((d) => d.explicit),
    vectors: wordVectors(),
  });
}

/** Whether report sentences written for a test state everything a glossed sentence states (its days read as the checker reads them). */
function statesAcross(sentence: string, lang: 'es' | 'ru', articleDate: string, report: readonly string[], reportDate: string): boolean {
  return statesEverything(prepare(glossSentence(sentence, lang, articleDate).text), report.map(prepare), reportDate, findDates(sentence, lang, articleDate));
}

/** A sentence read against report sentences written for a test, glossed with their names, as the checker reads it. */
function readAcross(sentence: string, lang: 'es' | 'ru', articleDate: string, report: string | readonly string[], options: Parameters<typeof compareAnchors>[4] = {}, generic: readonly string[] = []) {
  const reports = typeof report === 'string' ? [report] : report;
  const { text, anchors } = glossSentence(sentence, lang, articleDate, new NameBook(reports));
  return compareAnchors(prepare(text), reports.map(prepare), anchors.names, new Set(generic), { vectors: wordVectors(), sourceDates: anchors.dates, ...options });
}

describe('the anchor reading across languages', () => {
  it('takes a weekday after "according to him" for the day of the event, not of the saying', () => {
    const report = 'Foreign Minister Ana Ruiz confirmed she spoke with her Chilean counterpart by phone on Monday.';
    const found = readAcross('Министр Ана Руис рассказала о телефонном разговоре с чилийским коллегой, состоявшемся, по ее словам, в пятницу.', 'ru', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23' });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('takes a weekday beside "said" for the day of the saying, not a different day of the event', () => {
    const found = read('Rusia empezó a sacar a esposas e hijos de sus diplomáticos, según aseguró este lunes a la agencia una fuente de inteligencia europea.', 'es', REPORT[0]!);
    expect(found?.stance).not.toBe('conflicts');
    const ru = read('В понедельник агентство со ссылкой на европейский источник сообщило, что Россия вывозит жен и детей своих дипломатов.', 'ru', REPORT[0]!);
    expect(ru?.stance).not.toBe('conflicts');
  });

  it('reads a report\'s coming months as this year\'s, so a month of the sentence outside them conflicts', () => {
    const report = 'Chile will host the next summit of Andean foreign ministers in April or May, officials in Santiago said.';
    const options = { reportDate: '2024-03-08', articleDate: '2024-03-11' };
    const march = readAcross('Según fuentes oficiales de Santiago, Chile acogerá antes de que termine marzo la próxima cumbre de cancilleres andinos.', 'es', '2024-03-11', report, { ...options, ahead: true });
    expect(march).toMatchObject({ stance: 'conflicts', kind: 'date' });
    const ru = readAcross('По данным официальных лиц в Сантьяго, Чили примет следующий саммит министров иностранных дел андских стран до конца марта.', 'ru', '2024-03-11', report, { ...options, ahead: true });
    expect(ru).toMatchObject({ stance: 'conflicts', kind: 'date' });
    const april = readAcross('Según fuentes oficiales de Santiago, Chile acogerá en abril la próxima cumbre de cancilleres andinos.', 'es', '2024-03-11', report, { ...options, ahead: true });
    expect(april?.stance).not.toBe('conflicts');
  });

  it('sets a toll of the wounded against the same toll of the dead, and agrees with the same fate', () => {
    const report = 'At least 20 people died in the clashes in Mérida on Wednesday, the regional health service said.';
    const wounded = readAcross('Al menos 20 personas resultaron heridas en los choques del miércoles en Mérida, según el servicio regional de salud.', 'es', '2025-03-13', report, { reportDate: '2025-03-13', articleDate: '2025-03-13' });
    expect(wounded).toMatchObject({ stance: 'conflicts', kind: 'other' });
    const dead = readAcross('В среду в столкновениях в Мериде погибли не менее 20 человек, сообщила региональная служба здравоохранения.', 'ru', '2025-03-13', report, { reportDate: '2025-03-13', articleDate: '2025-03-13' });
    expect(dead).toMatchObject({ stance: 'corroborates' });
  });

  it('sets the week before last against the report’s last week when both were written in one week', () => {
    const report = 'Last week, the oil minister demanded that foreign banks return frozen Venezuelan gold.';
    const ru = readAcross('На позапрошлой неделе министр нефти потребовал от иностранных банков вернуть замороженное венесуэльское золото.', 'ru', '2025-11-12', report, { reportDate: '2025-11-10', articleDate: '2025-11-12' });
    expect(ru).toMatchObject({ stance: 'conflicts', kind: 'date', claim: 'the week before last', report: 'last week' });
    const es = readAcross('La semana antepasada, el ministro de Petróleo exigió a los bancos extranjeros devolver el oro venezolano congelado.', 'es', '2025-11-12', report, { reportDate: '2025-11-10', articleDate: '2025-11-12' });
    expect(es).toMatchObject({ stance: 'conflicts', kind: 'date' });
    // (A week later the report's last week is the article's week before last: no conflict.)
    const later = readAcross('На позапрошлой неделе министр нефти потребовал от иностранных банков вернуть замороженное венесуэльское золото.', 'ru', '2025-11-19', report, { reportDate: '2025-11-10', articleDate: '2025-11-19' });
    expect(later?.stance).not.toBe('conflicts');
  });

  it('does not take a spokeswoman who did not say whom she meant for one who denied', () => {
    const report = 'Ministry spokeswoman Olga Ruiz rejected the reports, calling them a provocation.';
    const withheld = readAcross('Кого именно она имела в виду, говоря о провокациях, Ольга Руис не уточнила.', 'ru', '2025-12-23', report);
    expect(withheld?.stance).not.toBe('corroborates');
    const denied = readAcross('Портавоз Ольга Руис отвергла эти сообщения, назвав их провокацией.', 'ru', '2025-12-23', report);
    expect(denied).toMatchObject({ stance: 'corroborates', kind: 'denial' });
  });

  it('leaves a day the report gives another ship, named before the sentence’s own', () => {
    const report = 'Inspectors boarded the freighter Halcyon last March 3, as well as the Marisol, which flew a Liberian flag.';
    const other = readAcross('El sábado, los inspectores abordaron el segundo carguero, el Marisol.', 'es', '2025-03-10', report, { reportDate: '2025-03-10', articleDate: '2025-03-10' });
    expect(other?.stance).not.toBe('conflicts');
    const same = readAcross('El sábado, los inspectores abordaron el carguero Halcyon.', 'es', '2025-03-10', report, { reportDate: '2025-03-10', articleDate: '2025-03-10' });
    expect(same).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });

  it('does not set a count of those still there against a count of all who came', () => {
    const report = 'Over 4,000 visitors flew to Isla Bonita on charter flights between June and August, tour operators said.';
    const remain = readAcross('En Isla Bonita quedan todavía unos 200 turistas de los vuelos chárter, según los operadores.', 'es', '2025-09-10', report, { reportDate: '2025-09-10' });
    expect(remain?.stance).not.toBe('conflicts');
    expect(readAcross('En Isla Bonita unos 200 turistas de los vuelos chárter seguían este fin de semana en los hoteles.', 'es', '2025-09-10', report, { reportDate: '2025-09-10' })?.stance).not.toBe('conflicts');
    const came = readAcross('Entre junio y agosto volaron a Isla Bonita en vuelos chárter unos 2.000 turistas, según los operadores.', 'es', '2025-09-10', report, { reportDate: '2025-09-10' });
    expect(came).toMatchObject({ stance: 'conflicts', kind: 'number' });
    // (A sum that stays where it was is no one still there: its figure is compared as any other.)
    const reward = readAcross('La recompensa por el capitán Ortega, acusado de contrabando, sigue en 5 millones de dólares.', 'es', '2025-09-10', 'A reward of $10 million is offered for Captain Ortega, charged with smuggling.', { reportDate: '2025-09-10' });
    expect(reward).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });

  it('does not set counts of different years against each other', () => {
    const report = 'Over 4,000 visitors flew to Isla Bonita on charter flights between June and August 2025, tour operators said.';
    const before = readAcross('En 2019, antes de la pandemia, volaron a Isla Bonita en vuelos chárter más de 9.000 turistas, según los operadores.', 'es', '2025-09-10', report, { reportDate: '2025-09-10' });
    expect(before?.stance).not.toBe('conflicts');
    const same = readAcross('Entre junio y agosto de 2025 volaron a Isla Bonita en vuelos chárter unos 2.000 turistas, según los operadores.', 'es', '2025-09-10', report, { reportDate: '2025-09-10' });
    expect(same).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });

  it('still sets one day of an act against another', () => {
    const found = read('La portavoz María Zajárova rechazó este martes las informaciones como provocaciones occidentales.', 'es', REPORT[2]!);
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });

  it('takes the day of a scene from the sentence that dates it just before', () => {
    const report = ['Residents saw unusual movement at the Russian embassy on Tuesday morning.', 'About 15 diplomatic cars left the embassy compound in a convoy escorted by police.'];
    const read = (sentence: string) => {
      const { text, anchors } = glossSentence(sentence, 'es', '2025-12-22', new NameBook(report));
      return compareAnchors(prepare(text), report.map(prepare), anchors.names, new Set(['russian']), { vectors: wordVectors(), reportDate: '2025-12-22' });
    };
    expect(read('El jueves, unos 15 coches diplomáticos salieron de la embajada rusa en caravana escoltados por la policía.')).toMatchObject({ stance: 'conflicts', kind: 'date', sentence: 0 });
    expect(read('El martes, unos 15 coches diplomáticos salieron de la embajada rusa en caravana escoltados por la policía.')?.stance).not.toBe('conflicts');
    // A day after "told how" is the day of what was told, not of the telling.
    const ru = (sentence: string) => {
      const { text, anchors } = glossSentence(sentence, 'ru', '2025-12-25', new NameBook(report));
      return compareAnchors(prepare(text), report.map(prepare), anchors.names, new Set(['russian']), { vectors: wordVectors(), reportDate: '2025-12-22', articleDate: '2025-12-25', sourceDates: anchors.dates });
    };
    expect(ru('Жители рассказали, как в минувшее воскресенье около 15 дипломатических машин выехали колонной из посольства в сопровождении полиции.')).toMatchObject({ stance: 'conflicts', kind: 'date', sentence: 0 });
  });

  it('sets each count of the same inventory against the report’s, in other words', () => {
    const found = read('En el Caribe hay ahora ocho buques de guerra y unos 10.000 militares estadounidenses.', 'es', REPORT[1]!);
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'number' });
    const ru = read('В Карибском море сейчас сосредоточены восемь боевых кораблей и около 10 тыс. военнослужащих США.', 'ru', REPORT[1]!);
    expect(ru).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });

  it('sets the day a paper published a story against the day the report gives its publication', () => {
    const report = 'The minister’s post echoes an anonymously sourced story published in The Lisbon Herald on March 9.';
    const read = (sentence: string) => readAcross(sentence, 'es', '2025-03-11', report, { reportDate: '2025-03-10', articleDate: '2025-03-11' });
    expect(read('La información la adelantó el pasado viernes The Lisbon Herald, que cita a una fuente anónima.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('La información la adelantó el pasado domingo The Lisbon Herald, que cita a una fuente anónima.')?.stance).not.toBe('conflicts');
  });

  it('reads "existe desde" / "существует с" a year as the year a body was founded', () => {
    const report = 'Established in 1995, UNITUR serves as a unifying body for travel agents.';
    expect(readAcross('Lo contó UNITUR, una asociación de agencias de viajes que existe desde 1985.', 'es', '2025-11-25', report, { reportDate: '2025-11-20' })).toMatchObject({ stance: 'conflicts', kind: 'date', claim: '1985' });
    expect(readAcross('Об этом сообщила UNITUR — ассоциация турагентств, которая существует с 1985 года.', 'ru', '2025-11-25', report, { reportDate: '2025-11-20' })).toMatchObject({ stance: 'conflicts', kind: 'date', claim: '1985' });
  });

  it('sets the month of a saying against the day the report gives it', () => {
    const report = 'Prime Minister Jan Novak said on June 3 that Oslo has told him it withdrew most of its advisers from the island.';
    const read = (sentence: string) => readAcross(sentence, 'es', '2025-12-23', report, { reportDate: '2019-06-04', articleDate: '2025-12-23' });
    expect(read('En abril de 2019, el primer ministro Jan Novak aseguró que Oslo le había comunicado la retirada de la mayoría de sus asesores de la isla.')).toMatchObject({ stance: 'conflicts', kind: 'date', report: 'June 3' });
    expect(read('En junio de 2019, el primer ministro Jan Novak aseguró que Oslo le había comunicado la retirada de la mayoría de sus asesores de la isla.')?.stance).not.toBe('conflicts');
  });

  it('sets a body declining to comment against the report having it deny', () => {
    const report = ['The shipyard’s order book shrank last year.', 'Navalia denied the Gazette’s report.'];
    expect(readAcross('Navalia, por su parte, no ha querido comentar la información.', 'es', '2025-12-23', report, { reportDate: '2025-12-22' })).toMatchObject({ stance: 'conflicts', kind: 'denial', report: 'Navalia denied' });
    expect(readAcross('В «Навалии» от комментариев отказались.', 'ru', '2025-12-23', report, { reportDate: '2025-12-22' })).toMatchObject({ stance: 'conflicts', kind: 'denial' });
    expect(readAcross('Navalia desmintió la información.', 'es', '2025-12-23', report, { reportDate: '2025-12-22' })?.stance).not.toBe('conflicts');
    // An outlet's own request left unanswered says nothing of what Navalia told the Gazette.
    expect(readAcross('Navalia no respondió a una solicitud de comentarios de Radio Pinar.', 'es', '2025-12-23', report, { reportDate: '2025-12-22' })?.stance).not.toBe('conflicts');
  });

  it('sets one rank of a thing against another ("третий год" / "its fourth year")', () => {
    const report = 'The island, now in its fourth year of drought, has received only two water tankers from the mainland.';
    expect(readAcross('Остров, который уже третий год живет в засуху, получил с материка лишь два танкера с водой.', 'ru', '2025-12-23', report, { reportDate: '2025-12-22' })).toMatchObject({ stance: 'conflicts', kind: 'number', claim: 'third year' });
    expect(readAcross('La isla, en su cuarto año de sequía, recibió del continente solo dos cisternas de agua.', 'es', '2025-12-23', report, { reportDate: '2025-12-22' })?.stance).not.toBe('conflicts');
  });

  it('counts the dead as people, as news does ("nueve muertos" / "20 people have died")', () => {
    const report = 'At least 20 people have died in the clashes in the port city since Sunday, a rights group said.';
    const found = readAcross('Los enfrentamientos en la ciudad portuaria dejan nueve muertos desde el domingo, según un grupo de derechos humanos.', 'es', '2025-12-23', report, { reportDate: '2025-12-22' });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });

  it('sets two different lower bounds of the same count against each other', () => {
    const report = 'Over 6,000 Russian visitors flew to Margarita Island on charter flights this autumn.';
    const read = (sentence: string) => {
      const { text, anchors } = glossSentence(sentence, 'es', '2025-11-28', new NameBook([report]));
      return compareAnchors(prepare(text), [prepare(report)], anchors.names, new Set(['russian']), { vectors: wordVectors() });
    };
    expect(read('Este otoño, más de 8.000 rusos volaron a la isla de Margarita en vuelos chárter.')).toMatchObject({ stance: 'conflicts', kind: 'number' });
    expect(read('Este otoño, más de 6.000 rusos volaron a la isla de Margarita en vuelos chárter.')?.stance).not.toBe('conflicts');
  });

  it('shows a differing date even where another sentence names the same people but lacks the date', () => {
    const report = [
      'The tanker Marinera, registered in Liberia, is sanctioned over its links to Iran.',
      'Among the ships stopped was the tanker Marinera on November 28, along with a second vessel under a Gabonese flag.',
    ];
    const { text, anchors } = glossSentence('El petrolero Marinera, abordado el 27 de noviembre, navegaba con bandera de Liberia y está sancionado por sus vínculos con Irán.', 'es', '2025-12-05', new NameBook(report));
    const found = compareAnchors(prepare(text), report.map((r) => prepare(r)), anchors.names, new Set(), { vectors: wordVectors(), explicitDates: true, reportDate: '2025-12-05', sourceDates: anchors.dates });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'date', sentence: 1 });
  });

  it('sets no weekday against another day told from it ("the day after his oath") or beside the same name only', () => {
    const oath = 'El miércoles, el diputado Juan Guaidó juró como presidente encargado ante una multitud en Caracas.';
    const read = (report: string) => {
      const { text, anchors } = glossSentence(oath, 'es', '2019-01-25', new NameBook([report]));
      return compareAnchors(prepare(text), [prepare(report)], anchors.names, new Set(['caraca']), { vectors: wordVectors(), reportDate: '2019-01-25' });
    };
    expect(read('On Thursday night, the day after his oath as acting president before a crowd in Caracas, Juan Guaido called for elections.')?.stance).not.toBe('conflicts');
    expect(read('On Saturday the Security Council will be asked to back Juan Guaido as acting president after the oath before the crowd.')?.stance).not.toBe('conflicts');
  });

  it('finds no agreement in a shared day alone: Trump on 10 December in Florida is not Trump that day at the White House', () => {
    const report = 'On December 10 Trump hosted a dinner at a White House event.';
    const { text, anchors } = glossSentence('El 10 de diciembre Trump viajó a Florida para una cena con donantes.', 'es', '2025-12-22', new NameBook([report]));
    expect(compareAnchors(prepare(text), [prepare(report)], anchors.names, new Set(), { vectors: wordVectors(), explicitDates: true })?.stance).not.toBe('corroborates');
  });

  it('meets initials in the article with the name spelled out in the report', () => {
    const report = 'Citing the Associated Press, the paper said the operation started on Friday and covers women and children.';
    const { text, anchors } = glossSentence('Según AP, la operación empezó el jueves y abarca a mujeres y niños.', 'es', '2025-12-22', new NameBook([report]));
    expect(sharedContext(prepare(text), prepare(report), anchors.names, new Set(), wordVectors()).names).toBe(1);
  });

  it('meets a name spelled out in the article with its initials in the report ("la agencia Associated Press" / "AP")', () => {
    const report = 'According to AP, the departures started on Friday.';
    // (The reports spell the agency out elsewhere: the gloss then takes each of its words as a name.)
    const { text, anchors } = glossSentence('Según la agencia Associated Press, las salidas empezaron el viernes.', 'es', '2025-12-22', new NameBook([report, 'The Associated Press reported it first.']));
    expect(anchors.names).toEqual(['Associated', 'Press']);
    expect(sharedContext(prepare(text), prepare(report), anchors.names, new Set()).names).toBe(1);
  });

  it('reads a false flag as a flag, not as a denial, and "the claims are false" still as one', () => {
    const report = 'A third tanker is being pursued by U.S. forces, accused of sailing under a false flag.';
    expect(samePolarity(prepare(glossSentence('Третий танкер американские силы преследуют с ордером на арест.', 'ru', null).text), prepare(report))).toBe(true);
    expect(samePolarity(prepare(glossSentence('Третий танкер, который идет под фальшивым флагом, американцы преследуют.', 'ru', null).text), prepare(report))).toBe(true);
    expect(samePolarity(prepare('The tanker is being pursued.'), prepare('The reports that the tanker is being pursued are false.'))).toBe(false);
  });

  it('reads "not only… but also" as no negation ("no solo turistas", "не только туристы")', () => {
    const report = 'The association said special flights would carry tourists and business people home.';
    for (const [sentence, lang] of [['La asociación dijo que los vuelos especiales llevarán no solo turistas sino también empresarios.', 'es'], ['Ассоциация сообщила, что спецрейсами полетят не только туристы, но и бизнесмены.', 'ru']] as const) {
      expect(samePolarity(prepare(glossSentence(sentence, lang, null).text), prepare(report))).toBe(true);
    }
  });

  it('meets a title in the article with its short form in the report ("The Wall Street Journal" / "the Journal")', () => {
    const report = 'The ministry denied the Journal’s report.';
    const { text, anchors } = glossSentence('Министерство опровергло публикацию The Wall Street Journal.', 'ru', '2019-06-03', new NameBook([report]));
    expect(sharedContext(prepare(text), prepare(report), anchors.names, new Set()).names).toBe(1);
    expect(sharedContext(prepare(text), prepare('The ministry denied the journal entry.'), anchors.names, new Set()).names).toBe(0);
  });

  it('takes a small lower bound for a loose floor: "at least twenty" and "more than 10" may both hold', () => {
    const report = 'More than 10 cars with diplomatic plates gathered in the embassy courtyard on Monday.';
    const { text, anchors } = glossSentence('Al menos una veintena de coches con matrícula diplomática se reunieron en el patio de la embajada.', 'es', '2025-12-22', new NameBook([report]));
    expect(compareAnchors(prepare(text), [prepare(report)], anchors.names, new Set(), { vectors: wordVectors() })?.stance).not.toBe('conflicts');
  });

  it('agrees only when the report states every figure of the sentence', () => {
    expect(read('Estados Unidos mantiene 11 buques de guerra en el Caribe.', 'es', REPORT[1]!)).toMatchObject({ stance: 'corroborates', kind: 'number' });
    // The reward is not in the report: the warships alone do not make the sentence true.
    expect(read('Estados Unidos mantiene 11 buques de guerra en el Caribe y ofrece 50 millones de dólares por Maduro.', 'es', REPORT[1]!)?.stance).not.toBe('corroborates');
  });

  it('never reads the same names as agreement when one side rules out what the other offers', () => {
    const report = 'Juan Guaido offered an amnesty to officers and officials who abandon Nicolas Maduro, his aides said in Caracas.';
    const agree = (sentence: string) => {
      const { text, anchors } = glossSentence(sentence, 'es', '2019-01-26', new NameBook([report]));
      return compareAnchors(prepare(text), [prepare(report)], anchors.names, new Set(['caraca']), { vectors: wordVectors() });
    };
    expect(agree('Guaidó ofreció una amnistía a los militares y funcionarios que abandonen a Maduro, dijeron sus asesores.')).toMatchObject({ stance: 'corroborates', kind: 'name' });
    expect(agree('Guaidó descartó una amnistía para los militares y funcionarios que abandonen a Maduro, dijeron sus asesores.')?.stance).not.toBe('corroborates');
  });

  it('agrees only when the report gives the day the sentence gives', () => {
    const report = 'Donald Trump ordered a total blockade of Venezuela and warned that Nicolas Maduro was running out of time.';
    const read = (sentence: string) => readAcross(sentence, 'es', '2025-12-22', report, { reportDate: '2025-12-20' }, ['venezuela']);
    expect(read('Donald Trump ordenó un bloqueo total de Venezuela y advirtió que a Nicolás Maduro se le acaba el tiempo.')).toMatchObject({ stance: 'corroborates' });
    expect(read('El pasado martes Donald Trump ordenó un bloqueo total de Venezuela y advirtió que a Nicolás Maduro se le acaba el tiempo.')?.stance).not.toBe('corroborates');
    // "Hoy" is when the article was written, not a fact it states.
    expect(read('Hoy Donald Trump ordenó un bloqueo total de Venezuela y advirtió que a Nicolás Maduro se le acaba el tiempo.')).toMatchObject({ stance: 'corroborates' });
  });

  it('sets the day of a short sentence against the report’s when the report has every word of it', () => {
    const report = 'The evacuations started on Friday and at first included women and children, an intelligence official told AP.';
    const read = (sentence: string, short = true) => readAcross(sentence, 'ru', '2025-12-23', report, { reportDate: '2025-12-22', short });
    expect(read('По словам источника, вывоз начался в четверг.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    // The same sentence read as a long one shares too few words to be about the same thing.
    expect(read('По словам источника, вывоз начался в четверг.', false)).toBeNull();
    // A short sentence about something else shares a word, not all of them.
    expect(read('По словам источника, обстрел начался в четверг.')).toBeNull();
  });

  it('does not take a weekday of another year for the same day', () => {
    const report = 'On Thursday the evacuation of the diplomats’ families began, the source said.';
    const { text, anchors } = glossSentence('Según la fuente, la evacuación de las familias de los diplomáticos empezó el jueves.', 'es', '2025-12-23', new NameBook([report]));
    const read = (reportDate: string) => compareAnchors(prepare(text), [prepare(report)], anchors.names, new Set(), { vectors: wordVectors(), reportDate, sourceDates: anchors.dates });
    expect(read('2025-12-22')).toMatchObject({ stance: 'corroborates', kind: 'date' });
    expect(read('2019-01-25')?.stance).not.toBe('corroborates');
  });

  it('needs a report that mentions the denial before agreeing with a sentence that reports one', () => {
    const withDenial = ['The evacuation began on Friday, AP reported, citing a European official.', 'Moscow rejected the reports as a Western provocation.'];
    const without = [withDenial[0]!, 'The embassy has not commented.'];
    const read = (report: string[]) => readAcross('Según la agencia AP, la evacuación empezó el viernes, una información que Moscú despacha como una «provocación» occidental.', 'es', '2025-12-22', report, { reportDate: '2025-12-22' }, ['moscow']);
    expect(read(withDenial)).toMatchObject({ stance: 'corroborates' });
    expect(read(without)?.stance).not.toBe('corroborates');
  });

  it('sets a month against a full date of another month in the same story', () => {
    const report = 'The coast guard seized the tanker Skipper on December 10 and the Centuries a week later.';
    const read = (sentence: string) => readAcross(sentence, 'ru', '2025-12-21', report, { reportDate: '2025-12-21' });
    expect(read('В конце ноября береговая охрана задержала танкер Skipper, а затем и Centuries.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('В начале декабря береговая охрана задержала танкер Skipper, а затем и Centuries.')?.stance).not.toBe('conflicts');
  });

  it('sets no weekday of a report weeks older against the article’s, unless the sentences are plainly one', () => {
    const report = 'On Thursday the State Department ordered some of its staff to leave, after Trump recognised the opposition leader.';
    const read = (sentence: string, articleDate: string) => readAcross(sentence, 'es', articleDate, report, { reportDate: '2019-01-25', articleDate }, ['venezuela', 'russia']);
    const sentence = 'El lunes, el Departamento de Estado ordenó salir a parte de su personal, después de que Trump reconociera al líder opositor.';
    expect(read(sentence, '2019-01-29')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    const later = 'Ayer lunes Trump dijo que Rusia había ordenado a su personal salir de Venezuela.';
    expect(read(later, '2019-01-29')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read(later, '2019-06-04')?.stance).not.toBe('conflicts');
  });

  it('agrees with a sentence that has someone confirming only where the report has them confirming', () => {
    const sentence = 'Según AP, la evacuación de las familias de los diplomáticos empezó el viernes, algo que Moscú ha terminado por admitir.';
    const read = (report: string[]) => readAcross(sentence, 'es', '2025-12-22', report, { reportDate: '2025-12-22' });
    const report = 'The evacuation of the diplomats’ families began on Friday, an official told AP.';
    expect(read([report, 'A European intelligence official confirmed it.'])?.stance).not.toBe('corroborates');
    expect(read([report, 'Moscow later confirmed the departures.'])).toMatchObject({ stance: 'corroborates' });
  });

  it('agrees on a small count only between sentences plainly about the same thing', () => {
    const report = 'Russia has sent only two oil tankers to help Venezuela’s energy sector, far from what Maduro hoped for.';
    const read = (sentence: string) => readAcross(sentence, 'es', '2025-12-22', report, { reportDate: '2025-12-22' }, ['venezuela', 'russia']);
    expect(read('Los guardacostas ya han incautado dos petroleros, dijo Maduro.')?.stance).not.toBe('corroborates');
    expect(read('Rusia apenas ha enviado dos petroleros para ayudar al sector energético de Venezuela, lejos de lo que esperaba Maduro.')).toMatchObject({ stance: 'corroborates', kind: 'number' });
  });

  it('does not set the countries of one group against another group’s on a name and a word', () => {
    const report = 'The Lima Group, an organization of 14 states, has backed Guaido.';
    const { text, anchors } = glossSentence('Más de 50 países reconocen a Guaidó, que cuenta con el respaldo de Washington.', 'es', '2019-06-04', new NameBook([report]));
    expect(compareAnchors(prepare(text), [prepare(report)], anchors.names, new Set(), { vectors: wordVectors(), reportDate: '2019-01-25', sourceDates: anchors.dates })?.stance).not.toBe('conflicts');
  });

  it('needs the report to give a figure the gloss leaves without a noun, not a floor below it', () => {
    const { text, anchors } = glossSentence('Salieron de la embajada coches con matrícula diplomática, unos quince, en caravana.', 'es', '2025-12-22');
    const states = (report: string) => statesEverything(prepare(text), [prepare(report)], '2025-12-22', anchors.dates, anchors.figures);
    expect(states('More than 10 vehicles with diplomatic plates left the embassy in a convoy.')).toBe(false);
    expect(states('About 15 vehicles with diplomatic plates left the embassy in a convoy.')).toBe(true);
  });

  it('takes no weekday told from another day for the article’s week («за сутки до этого, в воскресенье»)', () => {
    const report = ['The minister’s statement confirms an anonymously sourced report published in The Daily Ledger on June 2.'];
    const read = (sentence: string) => readAcross(sentence, 'ru', '2019-06-10', report, { reportDate: '2019-06-04', articleDate: '2019-06-10' });
    expect(read('За сутки до этого, в воскресенье, The Daily Ledger со ссылкой на анонимный источник сообщила о сокращении персонала.')?.stance).not.toBe('conflicts');
    expect(read('В воскресенье The Daily Ledger со ссылкой на анонимный источник сообщила о сокращении персонала.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });

  it('sets a speaker’s denial against the report’s plain statement by the same speaker', () => {
    const read = (report: string) => readAcross('La directora general, Anna Podgórnaya, negó que los turistas vayan a volver en vuelos especiales.', 'es', '2025-11-28', report, { reportDate: '2025-11-28' });
    expect(read('Anna Podgornaya, the company’s chief executive, said the tourists would return home on special flights.')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
    expect(read('Anna Podgornaya, the company’s chief executive, denied that tourists would return on special flights.')?.stance).not.toBe('conflicts');
  });

  it('finds a name in a report however the report writes it, but not a newspaper for another', () => {
    const report = 'Tourists flew to Margarita on charters, AP said. Juan Guaido spoke. Ivan writes for The Epoch Times.';
    expect(namesAlike(report, 'Margarita Island')).toBe(true);
    expect(namesAlike(report, 'Guaidó')).toBe(true);
    expect(namesAlike(report, 'Associated Press')).toBe(true);
    expect(namesAlike(report, 'The New York Times')).toBe(false);
    expect(namesAlike(report, 'Riabkov')).toBe(false);
  });

  it('knows a name of several words the gloss cut to stems or turned round ("Tren-de-aragu", "Soles cartel")', () => {
    const report = 'Strikes hit boats of the Cartel de los Soles and the Tren de Aragua gang.';
    expect(namesAlike(report, 'Tren-de-aragu')).toBe(true);
    expect(namesAlike(report, 'Soles cartel')).toBe(true);
    expect(namesAlike(report, 'Tren-de-montan')).toBe(false);
    expect(namesAlike(report, 'Aragu')).toBe(false);
  });

  it('agrees only with a report that names everyone the sentence names', () => {
    const report = ['Trump will hold an event at Mar-a-Lago on Monday with Marco Rubio and Pete Hegseth.'];
    const { text, anchors } = glossSentence('Trump encabezará el lunes un acto en Mar-a-Lago con Marco Rubio y Pete Hegseth.', 'es', '2025-12-22', new NameBook(report));
    const read = (allNamed: boolean) => compareAnchors(prepare(text), report.map(prepare), anchors.names, new Set(), { vectors: wordVectors(), reportDate: '2025-12-22', sourceDates: anchors.dates, allNamed });
    expect(read(true)?.stance).toBe('corroborates');
    expect(read(false)?.stance).not.toBe('corroborates');
  });

  it('sets a day counted back from the article’s date against the report’s weekday', () => {
    const report = 'According to AP, the evacuations began Friday and included women and children.';
    const read = (sentence: string) => readAcross(sentence, 'es', '2025-12-24', report, { reportDate: '2025-12-22', articleDate: '2025-12-24' });
    expect(read('Según AP, la evacuación de mujeres y niños empezó hace dos semanas.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Según AP, la evacuación de mujeres y niños empezó hace cinco días.')?.stance).not.toBe('conflicts');
  });

  it('sets a body confirming the news against the report’s denial of it', () => {
    const read = (sentence: string, report: string) => readAcross(sentence, 'es', '2019-06-04', report, { reportDate: '2019-06-03' });
    expect(read('Rostec, en aquella ocasión, confirmó el recorte.', 'Rostec denied the Journal’s report.')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
    // A denial of something else is no denial of the news.
    expect(read('Rostec, en aquella ocasión, confirmó el recorte.', 'Rostec denied any role in the helicopter deal.')?.stance).not.toBe('conflicts');
    // Another confirming the news the body denied: the president's message, not the body.
    expect(read('El mensaje del presidente confirmaba lo que había publicado el diario: Rostec ha recortado su plantilla.', 'Rostec denied the Journal’s report.')?.stance).not.toBe('conflicts');
    // (…however many words describe who sent it: "el mensaje del mandatario norteamericano".)
    expect(read('El mensaje del alcalde de la ciudad confirmaba lo que había publicado el diario: Rostec ha recortado su plantilla.', 'Rostec denied the Journal’s report.')?.stance).not.toBe('conflicts');
    expect(readAcross('Тем самым президент подтвердил статью газеты о том, что «Ростех» сократил персонал.', 'ru', '2019-06-04', 'Rostec denied the Journal’s report.', { reportDate: '2019-06-03' })?.stance).not.toBe('conflicts');
    // …and the other way round: the body denying, the report's president confirming.
    expect(readAcross('В корпорации «Ростех» публикацию The Wall Street Journal опровергли.', 'ru', '2019-06-04', 'The president’s message confirms an anonymously sourced report published in The Wall Street Journal about Rostec.', { reportDate: '2019-06-03' })?.stance).not.toBe('conflicts');
  });

  it('sets a weekday of the article’s own week against a date the report writes out', () => {
    const report = 'The Coast Guard seized the tanker Skipper on December 10 off the coast of Venezuela.';
    const read = (articleDate: string) => readAcross('В прошлую среду береговая охрана США задержала у берегов Венесуэлы танкер Skipper.', 'ru', articleDate, report, { reportDate: '2025-12-20', articleDate }, ['venezuela']);
    expect(read('2025-12-21')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('2025-12-14')?.stance).not.toBe('conflicts');
  });

  it('reads a denial said not to have come as owning the news, not as a denial', () => {
    const report = 'Rostec denied the Journal’s report.';
    const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2019-06-06', report, { reportDate: '2019-06-03' });
    expect(read('Rostec, por su parte, no lo negó.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
    expect(read('Сам «Ростех» сообщения газеты не отрицал.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
    expect(read('Rostec, por su parte, lo negó.', 'es')?.stance).not.toBe('conflicts');
  });

  it('sets a part of a month against the day the report gives', () => {
    const report = 'Pompeo said at a gala in Washington on May 1 that Maduro had been ready to board a plane and leave the country.';
    const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2019-06-06', report, { reportDate: '2019-06-03' });
    expect(read('В середине мая Помпео заявил на гала-ужине в Вашингтоне, что Мадуро был готов сесть в самолет и покинуть страну.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('A principios de mayo, Pompeo dijo en una gala en Washington que Maduro estaba listo para subir a un avión y dejar el país.', 'es')?.stance).not.toBe('conflicts');
  });

  it('reads a tenth or a half of a month to its exact days', () => {
    const report = 'Coast guard officers boarded the tanker Nordic Star on December 10 off the coast of Aruba.';
    const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2026-01-05', report, { reportDate: '2025-12-22' });
    // The 10th is the last day of the first tenth: the second one begins on the 11th.
    expect(read('Танкер Nordic Star береговая охрана задержала у побережья Арубы во второй декаде декабря.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Танкер Nordic Star береговая охрана задержала у побережья Арубы в первой декаде декабря.', 'ru')).toMatchObject({ stance: 'corroborates', kind: 'date' });
    expect(read('Los guardacostas abordaron el petrolero Nordic Star frente a Aruba en la primera quincena de diciembre.', 'es')).toMatchObject({ stance: 'corroborates', kind: 'date' });
    expect(read('Los guardacostas abordaron el petrolero Nordic Star frente a Aruba en la segunda quincena de diciembre.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });

  it('sets "the weekend" against a working day the report gives', () => {
    const report = 'This Monday Trump will headline an event at Mar-a-Lago with Marco Rubio and Pete Hegseth.';
    const read = (sentence: string) => readAcross(sentence, 'es', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23' });
    expect(read('El fin de semana, en Mar-a-Lago, Trump encabezó un acto con Marco Rubio y Pete Hegseth.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });

  it('sets no month of an article against a day the report dates after the article was written', () => {
    const report = 'Contacts with the regime went on for months before the April 30 military uprising, sources said.';
    const read = (articleDate: string) => readAcross('Según fuentes, los contactos con el régimen siguieron durante meses antes del levantamiento militar de mayo.', 'es', articleDate, report, { reportDate: '2019-06-03', articleDate });
    expect(read('2019-01-26')?.stance).not.toBe('conflicts');
    expect(read('2019-06-05')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });

  it('tells a source of one people from another’s ("American intelligence official" / "European intelligence official")', () => {
    const report = 'According to a European intelligence official speaking to AP, the evacuation began on Friday.';
    const gloss = (sentence: string) => glossSentence(sentence, 'es', '2025-12-22', new NameBook([report])).text;
    expect(sourcesDiffer(gloss('Según AP, que cita a un funcionario de inteligencia estadounidense, la evacuación empezó el viernes.'), report)).toBe(true);
    expect(sourcesDiffer(gloss('Según AP, que cita a un funcionario de inteligencia europeo, la evacuación empezó el viernes.'), report)).toBe(false);
    // Russian diplomats are no source.
    expect(sourcesDiffer(gloss('Según AP, las familias de los diplomáticos rusos salieron el viernes.'), report)).toBe(false);
  });

  it('knows a body by its initials', () => {
    const { text, anchors } = glossSentence('La agencia Associated Press informó de la salida.', 'es', null);
    expect(sharedContext(prepare(text), prepare('AP reported the departure.'), anchors.names, new Set()).names).toBe(1);
  });
});

describe('the gloss', () => {
  it('reads hyphenated words and names countries only where they are written with a capital', () => {
    const text = glossSentence('По данным агентства, пресс-секретарь Кремля заявил, что того же дня Дания ответила.', 'ru', null).text;
    expect(text).toMatch(/\bspokesperson\b/);
    expect(text.match(/Denmark/g)).toHaveLength(1);
    expect(text).not.toMatch(/Togo/);
  });

  it('reads "marcha" as a march, not as the month', () => {
    expect(glossSentence('La marcha opositora recorrió Caracas.', 'es', null).text).toMatch(/^march\b(?!,)/);
  });
});

describe('dates', () => {
  it('takes the day of the month written after a weekday ("el lunes 22", "во вторник, 23-го")', () => {
    expect(findDates('El canciller, el lunes 22, habló con Lavrov.', 'es', '2025-12-30')[0]).toMatchObject({ english: 'Monday, 22 December' });
    expect(findDates('Во вторник, 23-го, министр провел разговор.', 'ru', '2025-12-26')[0]).toMatchObject({ english: 'Tuesday, 23 December', source: 'вторник, 23-го' });
  });
  it('takes no day of the article’s months that falls on another weekday: a retrospective\'s "el martes 22" is its weekday alone', () => {
    // (22 February 2024 was a Thursday: the sentence tells a Tuesday the 22nd of another year.)
    const [retro] = findDates('La huelga empezó el martes 22 y duró una semana.', 'es', '2024-03-14');
    expect(retro).toMatchObject({ explicit: false });
    expect(retro?.english).not.toMatch(/22/);
    expect(findDates('La huelga empezó el jueves 22 y duró una semana.', 'es', '2024-03-14')[0]).toMatchObject({ english: 'Thursday, 22 February' });
  });

  it('counts days back from the article’s date in Spanish as in Russian ("hace diez días", "anteayer", "anoche", "две недели назад")', () => {
    expect(findDates('Moscú comenzó hace diez días a sacar a las familias.', 'es', '2025-12-24')[0]).toMatchObject({ english: '14 December 2025', counted: true });
    expect(findDates('Salieron anteayer.', 'es', '2025-12-24')[0]).toMatchObject({ english: '22 December 2025', counted: true });
    // "anoche" is the night before the article's day: a Monday story's "anoche" is Sunday, never its Monday.
    expect(findDates('El canciller contó que anoche habló con su colega.', 'es', '2025-12-22')[0]).toMatchObject({ english: '21 December 2025', counted: true });
    expect(findDates('Вывоз начался две недели назад.', 'ru', '2025-12-24')[0]).toMatchObject({ english: '10 December 2025', counted: true });
    // "накануне" alone is the day before the article's; "накануне выборов" is the eve of something else.
    expect(findDates('Разговор состоялся накануне.', 'ru', '2025-12-22')[0]).toMatchObject({ english: '21 December 2025', counted: true });
    expect(findDates('Накануне выборов он уехал.', 'ru', '2025-12-22')).toEqual([]);
    // A week is no day: "la semana pasada" is not counted to the day.
    expect(findDates('La semana pasada Trump exigió los activos.', 'es', '2025-12-24').every((d) => !d.counted)).toBe(true);
  });

  it('reads a denial the sentence only counts time from as no denial of its own', () => {
    const report = 'From Lisbon, Foreign Minister Ana Ruiz denounced what she described as "aggressions" and confirmed contacts with Madrid to coordinate positions in the face of pressure.';
    const sentence = 'Un día después de ese desmentido, la canciller Ana Ruiz habló por teléfono con su par español, quien le reiteró el apoyo de Madrid frente a las «agresiones».';
    expect(datesFromDenial(sentence, 'es')).toBe(true);
    expect(readAcross(sentence, 'es', '2025-12-23', report, { fromDenial: true })?.stance).not.toBe('conflicts');
    // (Read as the sentence's own denial, it was set against the report's confirmation.)
    expect(readAcross(sentence, 'es', '2025-12-23', report, { fromDenial: false })?.stance).toBe('conflicts');
    expect(datesFromDenial('После этого опровержения министр поговорила с коллегой.', 'ru')).toBe(true);
    expect(datesFromDenial('La canciller Ana Ruiz desmintió haber hablado con su par español.', 'es')).toBe(false);
    expect(datesFromDenial('Министр опровергла сообщения о разговоре.', 'ru')).toBe(false);
  });

  it('reads "now" as the tense of the sentence, not as a date', () => {
    expect(findDates('En el Caribe hay ahora ocho buques', 'es', '2025-12-22')).toEqual([]);
    expect(findDates('в Карибском море сейчас восемь кораблей', 'ru', '2025-12-22')).toEqual([]);
  });
});

describe('sums of money across languages', () => {
  const report = ['For the admiral, whom dozens of governments call a drug lord, there is a reward of $25,000,000 and a sealed indictment.', 'The Treasury froze his assets last year.'];
  it('sets a sum against the report’s sum for the same thing, the word beside the report’s sum in the sentence', () => {
    expect(readAcross('La recompensa que paga Washington por datos que lleven a capturar al almirante asciende a 10 millones de dólares.', 'es', '2025-12-22', report, {}, ['washington'])).toMatchObject({ stance: 'conflicts', kind: 'number' });
    expect(readAcross('За сведения, которые помогут задержать адмирала, США назначили вознаграждение в размере $10 млн.', 'ru', '2025-12-22', report, {}, ['washington'])).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
  it('leaves sums for different things apart', () => {
    expect(readAcross('Washington envió al país 10 millones de dólares en ayuda humanitaria, según el almirante.', 'es', '2025-12-22', report, {}, ['washington'])?.stance).not.toBe('conflicts');
  });
});

describe('one act in other words, and a reversed denial', () => {
  it('takes "began" and "was initiated" for one act when setting days against each other', () => {
    const report = 'Moving the families out was initiated on Friday, a Western official said, calling it an evacuation.';
    const read = (sentence: string) => readAcross(sentence, 'ru', '2025-12-23', report, { reportDate: '2025-12-22', short: true });
    expect(read('Как утверждает источник, эвакуация началась в четверг.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });

  it('shows a body admitting what the report has it denying, even where the day agrees', () => {
    const report = ['Reuters, citing an unnamed official, said the airlift of embassy families started on Friday.', 'The Russian Foreign Ministry denied the report.', 'A Russian airline confirmed extra flights to Moscow.'];
    const found = readAcross('Según Reuters, el puente aéreo para las familias de la embajada arrancó el viernes, algo que el Ministerio de Exteriores ruso ha acabado por admitir.', 'es', '2025-12-22', report, { reportDate: '2025-12-22' }, ['russia', 'russian']);
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
});

describe('a story’s one count of a thing', () => {
  const report = ['Satellite images show the navy has moved 12 frigates and 4,000 marines into the gulf this month.', 'The admiral promised to answer within 72 hours.'];
  const read = (sentence: string, lang: 'es' | 'ru', reports: readonly string[] = report) => readAcross(sentence, lang, '2025-12-22', reports, {}, ['gulf']);
  it('sets a count against the report’s only count of the same thing, even between sentences that share little else', () => {
    expect(read('Según los analistas consultados, ya son unas veinte las fragatas desplegadas por Washington.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'number' });
    expect(read('По оценкам аналитиков, сейчас там около двух десятков фрегатов.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
  it('not when the report counts the thing twice, nor other things, nor spans of time', () => {
    const twice = [...report, 'By November only 16 frigates remained at sea.'];
    expect(read('Según los analistas consultados, ya son unas veinte las fragatas desplegadas por Washington.', 'es', twice)?.stance).not.toBe('conflicts');
    expect(read('Según los analistas consultados, la guardia costera ha interceptado unas veinte pequeñas lanchas.', 'es')?.stance).not.toBe('conflicts');
    expect(read('El almirante esperó cuarenta y ocho horas tras la reunión para contestar.', 'es', ['Satellite images show the navy moved frigates into the gulf.', 'The talks were to resume within 72 hours, aides said.'])?.stance).not.toBe('conflicts');
  });
});

describe('figures copied wrong', () => {
  it('sets the same digits in another order against each other, however loose the words ("al menos 41" / "at least 14")', () => {
    const report = ['At least 14 people have been killed since the start of the new wave of anti-government protests on Tuesday, according to Venezuelan NGOs.'];
    const read = (sentence: string) => readAcross(sentence, 'es', '2019-01-26', report, { reportDate: '2019-01-25' });
    expect(read('Desde el martes hay protestas contra el Gobierno y al menos 41 personas han muerto, según organizaciones venezolanas.')).toMatchObject({ stance: 'conflicts', kind: 'number' });
    expect(read('Desde el martes hay protestas contra el Gobierno y al menos 16 personas han muerto, según organizaciones venezolanas.')?.stance).not.toBe('conflicts');
  });
  it('counts compatriots flown to an island as its visitors: "почти шесть тысяч" is fewer than "over 6,000"', () => {
    const report = ['The move comes despite a recent surge in Russian tourism to Venezuela, with over 6,000 visitors traveling to Margarita Island between August and November 2025 via direct charter flights from Moscow.'];
    expect(readAcross('С августа рейсы привезли на остров почти шесть тысяч наших соотечественников.', 'ru', '2025-11-26', report, { reportDate: '2025-11-28' })).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
  it('does not count compatriots who live in the country as its visitors', () => {
    const report = ['The move comes despite a recent surge in Russian tourism to Venezuela, with over 6,000 visitors traveling to Margarita Island between August and November 2025 via direct charter flights from Moscow.'];
    const read = (sentence: string) => readAcross(sentence, 'es', '2025-11-26', report, { reportDate: '2025-11-28' });
    expect(read('Según su asociación, unos 400 connacionales viven en Caracas y Margarita y ninguno ha pedido ayuda para regresar.')?.stance).not.toBe('conflicts');
    expect(read('Según su asociación, unos 400 connacionales viajaron a Margarita desde agosto con vuelos chárter.')).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
});

describe('a written day against the report\'s weekday, read a week later', () => {
  it('sets "19 декабря" against the "Monday" of a report dated Monday 22 December, in an article of the 30th', () => {
    const report = ['Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the claims on Monday, urging the public to “be vigilant” and “do not fall for Western provocations.”'];
    const sentence = 'Официальный представитель МИД России Мария Захарова 19 декабря назвала сообщения об эвакуации западной провокацией и призвала к бдительности.';
    const read = (sentence: string) => readAcross(sentence, 'ru', '2025-12-30', report, { reportDate: '2025-12-22', articleDate: '2025-12-30', explicitDates: true, sourceDates: findDates(sentence, 'ru', '2025-12-30') });
    expect(read(sentence)).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read(sentence.replace('19 декабря', '22 декабря'))?.stance).not.toBe('conflicts');
  });
});

describe('a month of another year', () => {
  it('does not take "last May" of a January 2019 report for May 2017', () => {
    const report = [prepare('The opposition intends to keep up pressure on President Maduro, reelected last May after a vote boycotted by the opposition.')];
    const states = (ru: string) => statesEverything(prepare(glossSentence(ru, 'ru', '2019-01-29').text), report, '2019-01-25');
    expect(states('Мадуро был переизбран в мае 2017 года, причем оппозиция эти выборы бойкотировала.')).toBe(false);
    expect(states('Мадуро был переизбран в мае 2018 года, причем оппозиция эти выборы бойкотировала.')).toBe(true);
  });
});

describe('sums in another currency', () => {
  const report = ['For the Venezuelan dictator, whom Washington and dozens of countries do not recognize as a legitimate leader, there is a reward of $50,000,000 and also an indictment for drug trafficking.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-12-23', report, { reportDate: '2025-12-22' });
  it('sets the same sum in euros against dollars', () => {
    expect(read('Washington, que como decenas de países no reconoce a Maduro como presidente legítimo, ofrece 50 millones de euros por su captura.')).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
  it('not the same sum in dollars', () => {
    expect(read('Washington, que como decenas de países no reconoce a Maduro como presidente legítimo, ofrece 50 millones de dólares por su captura.')?.stance).not.toBe('conflicts');
  });  it('sets it against dollars with one shared word, the sum being the same (a short sentence)', () => {
    const bounty = ['For the fugitive banker, the ministry has set a bounty of $20,000,000 and opened a fraud case.'];
    expect(readAcross('За самого банкира назначено вознаграждение — 20 млн евро.', 'ru', '2025-12-23', bounty, { reportDate: '2025-12-22' })).toMatchObject({ stance: 'conflicts', kind: 'number' });
    expect(readAcross('За самого банкира назначено вознаграждение — 20 млн долларов.', 'ru', '2025-12-23', bounty, { reportDate: '2025-12-22' })?.stance).not.toBe('conflicts');
  });
});

describe('counts of different things', () => {
  it('never sets a count of countries against a span of time, however close the sentences', () => {
    const report = ['Maduro severed relations with Washington, closed the embassy and gave the diplomats 72 hours to leave.'];
    expect(readAcross('Maduro rompió relaciones con Washington y cerró la embajada, mientras una treintena de países reconocen a su rival.', 'es', '2019-06-04', report, { reportDate: '2019-01-25' })?.stance).not.toBe('conflicts');
  });

  it('sets counts of countries against each other only in sentences plainly about one group', () => {
    const bloc = ['Canada will host a meeting of the Quito Forum, a bloc of 12 states, most of which recognise Guaidó as legitimate president.'];
    const all = ['More than 40 nations recognise Guaidó as legitimate president and as head of parliament.'];
    expect(readAcross('Hoy reconocen a Guaidó como presidente legítimo unos 25 países.', 'es', '2019-06-07', bloc)?.stance).not.toBe('conflicts');
    expect(readAcross('Hoy reconocen a Guaidó como presidente legítimo y como jefe del Parlamento unos 25 países.', 'es', '2019-06-07', all)).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
});

describe('weekdays ahead of a report', () => {
  const report = ['Foreign Secretary Jane Doe will attend a meeting of the Security Council in New York on Saturday and will be asked to recognise the new government.'];
  it('reads "will … on Saturday" in a Friday report as the next day, the Saturday a Monday article looks back to', () => {
    const found = readAcross('El sábado, Jane Doe asistió a una reunión del Consejo de Seguridad en Nueva York, donde pidió reconocer al nuevo Gobierno.', 'es', '2019-01-28', report, { reportDate: '2019-01-25', articleDate: '2019-01-28' });
    expect(found?.stance).not.toBe('conflicts');
  });
  it('never sets a weekday against the same weekday', () => {
    const found = readAcross('В субботу в Нью-Йорке Совет Безопасности обсудит новое правительство; ожидается, что Джейн Доу призовет членов Совбеза признать его.', 'ru', '2019-01-25', report, { reportDate: '2019-01-25', articleDate: '2019-01-25' });
    expect(found?.stance).not.toBe('conflicts');
  });
});

describe('what will happen and what did', () => {
  const report = ['The foreign secretary will address the Security Council in New York on Saturday and will ask it to back the new government.'];
  const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2019-01-25', report, { reportDate: '2019-01-25', articleDate: '2019-01-25', ahead: looksAhead(sentence, lang) });
  it('sets no day of what happened against a day the report looks ahead to', () => {
    const ahead = ['Foreign Secretary Ana Ruiz will attend a meeting of the Security Council on Saturday and will be asked to recognize Juan Pérez as acting president.'];
    expect(readAcross('El líder opositor Juan Pérez se proclamó presidente interino el miércoles, y Washington lo reconoció.', 'es', '2019-01-25', ahead, { reportDate: '2019-01-25', articleDate: '2019-01-25' })?.stance).not.toBe('conflicts');
  });
  it('sets one planned day against another', () => {
    expect(read('El domingo, el secretario de Exteriores pedirá al Consejo de Seguridad en Nueva York respaldar al nuevo Gobierno.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
});

describe('a day counted back is a fact of the sentence', () => {
  it('does not agree with a report that gives no day for it', () => {
    const report = ['The Associated Press reported that Russia started evacuating the families of its diplomats in recent days, citing a European official.'];
    const found = readAcross('По данным агентства Associated Press, Россия начала вывозить семьи своих дипломатов три дня назад, сообщил европейский чиновник.', 'ru', '2025-12-24', report, { reportDate: '2025-12-22' });
    expect(found?.stance).not.toBe('corroborates');
    expect(statesEverything(prepare(glossSentence('По данным агентства Associated Press, Россия начала вывозить семьи своих дипломатов три дня назад.', 'ru', '2025-12-24').text), report.map(prepare), '2025-12-22', findDates('По данным агентства Associated Press, Россия начала вывозить семьи своих дипломатов три дня назад.', 'ru', '2025-12-24'))).toBe(false);
  });
});

describe('a day of what witnesses saw', () => {
  it('is the day of the event, though the sentence says whom it cites', () => {
    // Written for this test: the report has the convoy on Monday, the sentence the day before.
    const report = ['Onlookers said the mission was busy on Monday morning.', 'More than ten vehicles with diplomatic plates met in the yard and drove off together in the afternoon.'];
    const sentence = 'Прохожие, на которых они ссылаются, видели вчера утром во дворе миссии больше десяти машин с дипломатическими номерами.';
    const states = (articleDate: string) => statesEverything(prepare(glossSentence(sentence, 'ru', articleDate).text), report.map(prepare), '2025-12-22', findDates(sentence, 'ru', articleDate));
    expect(states('2025-12-22')).toBe(false);
    expect(states('2025-12-23')).toBe(true);
  });
});

describe('a day of another act in the report’s sentence', () => {
  // Written for this test: the report's Thursday dates the embassy's order, not the recognition after it.
  const report = ['On Thursday, the Foreign Office told part of its embassy staff to leave Ruritania after Prime Minister Anna Berg recognized Viktor Kalin as the new head of state.', 'Farmers blocked the roads on Tuesday.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2019-01-25', report, { reportDate: '2019-01-25', articleDate: '2019-01-25' });
  it('is no day to set against the sentence’s day of that other act', () => {
    expect(read('El miércoles, Viktor Kalin se proclamó jefe de Estado y la primera ministra Anna Berg lo reconoció de inmediato.')?.stance).not.toBe('conflicts');
  });
  it('nor agrees with it by the names alone', () => {
    expect(read('El martes, Viktor Kalin se proclamó jefe de Estado y la primera ministra Anna Berg lo reconoció como nuevo jefe de Estado.')?.stance).not.toBe('corroborates');
  });
  it('still conflicts with the day of the act the day dates', () => {
    expect(read('El miércoles, la Cancillería ordenó salir del país a parte del personal de su embajada.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('not for a word the name of the body that acted shares with the sentence ("State Department" / "jefe de Estado")', () => {
    const named = ['On Thursday, the US State Department told some of its embassy staff to leave Venezuela and urged US citizens to go after Donald Trump recognized Viktor Kalin as the new head of state in Venezuela.'];
    const sentence = 'El miércoles 23, Viktor Kalin se juramentó como presidente interino y el presidente de Estados Unidos, Donald Trump, lo reconoció como nuevo jefe de Estado de Venezuela.';
    expect(readAcross(sentence, 'es', '2019-01-27', named, { reportDate: '2019-01-25', articleDate: '2019-01-27', explicitDates: true }, ['venezuela'])?.stance).not.toBe('conflicts');
  });
});

describe('a day counted back, against what the report says will happen', () => {
  it('is another act', () => {
    const report = ['Minister Anna Berg will fly to Oslo on Saturday, where she will ask the council to recognize the opposition leader as acting president.'];
    expect(readAcross('Неделю назад лидер оппозиции объявил себя исполняющим обязанности президента, и министр Анна Берг тут же его признала.', 'ru', '2019-01-30', report, { reportDate: '2019-01-25', articleDate: '2019-01-30' })?.stance).not.toBe('conflicts');
  });
  it('unless plainly the same act: the same people at the same place', () => {
    const report = ['This Monday, Anna Berg will headline an event at her Villa Rosa residence alongside Viktor Kalin, in what her office called a major announcement.'];
    expect(readAcross('Anna Berg protagonizó hace cuatro días en su residencia de Villa Rosa, junto a Viktor Kalin, lo que su oficina llamó un gran anuncio.', 'es', '2025-12-24', report, { reportDate: '2025-12-22', articleDate: '2025-12-24' })).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
});

describe('a time of day', () => {
  const report = ['More than 10 vehicles with diplomatic plates gathered in the embassy courtyard and left in a convoy later in the afternoon.'];
  const read = (sentence: string, lang: 'es' | 'ru' = 'es') => readAcross(sentence, lang, '2025-12-23', report, { reportDate: '2025-12-22' });
  it('conflicts across noon for the same act', () => {
    expect(read('Más de diez vehículos con matrícula diplomática se juntaron en el patio de la embajada y, poco antes del mediodía, salieron en caravana.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('agrees on the same half of the day', () => {
    expect(read('Más de diez vehículos con matrícula diplomática se juntaron en el patio de la embajada y por la tarde salieron en caravana.')?.stance).not.toBe('conflicts');
  });
});

describe('a part of a week', () => {
  const report = ['Minister Anna Berg will attend a meeting of the Council in Oslo on Saturday to seek recognition for Viktor Kalin.'];
  const read = (sentence: string) => readAcross(sentence, 'ru', '2019-01-25', report, { reportDate: '2019-01-25', articleDate: '2019-01-25', ahead: true });
  it('conflicts with a day of the same act outside it', () => {
    expect(read('Министр Анна Берг отправится на заседание Совета в Осло в начале следующей недели, чтобы добиться признания Виктора Калина.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('agrees with nothing that gives no day of it', () => {
    const sentence = 'Министр Анна Берг отправится на заседание Совета в Осло в конце этой недели, чтобы добиться признания Виктора Калина.';
    expect(read(sentence)?.stance).not.toBe('conflicts');
    expect(statesEverything(prepare(glossSentence(sentence, 'ru', '2019-01-25').text), report.map(prepare), '2019-01-25', findDates(sentence, 'ru', '2019-01-25'))).toBe(true);
    const early = 'Министр Анна Берг отправится на заседание Совета в Осло в начале следующей недели.';
    expect(statesEverything(prepare(glossSentence(early, 'ru', '2019-01-25').text), report.map(prepare), '2019-01-25', findDates(early, 'ru', '2019-01-25'))).toBe(false);
  });
});

describe('a season', () => {
  // Written for this test: the report dates the last contract to March.
  const report = ['The last contract the company fulfilled there was a training center for transport pilots, in March.'];
  const read = (sentence: string, lang: 'es' | 'ru' = 'es') => readAcross(sentence, lang, '2019-06-06', report, { reportDate: '2019-06-03', articleDate: '2019-06-06' });
  it('conflicts with a month well outside it for the same act', () => {
    expect(read('El último contrato que la empresa completó allí, un centro de entrenamiento para pilotos de transporte, se entregó el otoño pasado.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Последним выполненным контрактом компании стал учебный центр для пилотов транспортной авиации, сданный зимой.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('does not conflict with a month of it, nor agree with a report that gives no month inside it', () => {
    expect(read('El último contrato que la empresa completó allí, un centro de entrenamiento para pilotos de transporte, se entregó la primavera pasada.')?.stance).not.toBe('conflicts');
    const states = (sentence: string) => statesEverything(prepare(glossSentence(sentence, 'es', '2019-06-06').text), report.map(prepare), '2019-06-03', findDates(sentence, 'es', '2019-06-06'));
    expect(states('El último contrato, un centro de entrenamiento para pilotos de transporte, se entregó el otoño pasado.')).toBe(false);
    expect(states('El último contrato, un centro de entrenamiento para pilotos de transporte, se entregó en primavera.')).toBe(true);
  });
  it('takes the start of a season for its first month only', () => {
    const visits = ['Over 3,000 visitors flew to Aruba between August and November on charter flights from Oslo.'];
    const states = (ru: string) => statesAcross(ru, 'ru', '2025-12-01', visits, '2025-11-28');
    expect(states('С начала лета чартерами из Осло на Арубу слетали больше трех тысяч туристов.')).toBe(false);
    expect(states('Летом и осенью чартерами из Осло на Арубу слетали больше трех тысяч туристов.')).toBe(true);
  });
});

describe('a month without a year', () => {
  const report = ['The general was re-elected in May after a vote the opposition boycotted, observers and the church said.'];
  const read = (articleDate: string) => readAcross('En mayo, el general fue reelegido tras una votación que la oposición boicoteó, según los observadores y la iglesia.', 'es', articleDate, report, { reportDate: '2019-01-25', articleDate });
  it('is the last such month before each text’s date', () => {
    expect(read('2019-02-10')).toMatchObject({ stance: 'corroborates', kind: 'date' });
    expect(read('2019-06-04')?.stance).not.toBe('corroborates');
  });
  it('is another month than one of the year before, read by a text days later', () => {
    const early = (articleDate: string) => readAcross('Мадуро, напомнил докладчик, переизбрали на выборах в начале января, и оппозиция их бойкотировала.', 'ru', articleDate, ['The opposition keeps up its pressure on Maduro, reelected last May in a vote the opposition boycotted.'], { reportDate: '2019-01-25', articleDate });
    expect(early('2019-01-28')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    // A year on, January is of another year than the election it may recall: no reading.
    expect(early('2020-01-28')?.stance).not.toBe('conflicts');
  });
});

describe('deadlines in days and in hours', () => {
  const report = ['The president broke off relations and gave the foreign envoys 72 hours to leave the country.'];
  const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2019-01-25', report, { reportDate: '2019-01-25' });
  it('reads "tres días" as 72 hours and "полтора суток" as 36', () => {
    expect(read('El presidente rompió relaciones y dio a los enviados extranjeros tres días para salir del país.', 'es')).toMatchObject({ stance: 'corroborates', kind: 'number' });
    expect(read('Президент разорвал отношения и дал иностранным посланникам полтора суток на то, чтобы покинуть страну.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
  it('takes no span of days for the deadline in a sentence about something else', () => {
    expect(read('La operación empezó tres días antes de que el presidente hablara en el país.', 'es')?.stance).not.toBe('corroborates');
  });
});

describe('a quote continued from a dated sentence', () => {
  const report = ['“We regret that the sailing of March 3 is called off.', 'A bus to Porto replaces the Funchal ferry, which is cancelled,” Atlantic Lines told its partner agencies.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-03-01', report, { reportDate: '2025-03-01', explicitDates: true });
  it('takes the date of the sentence before it', () => {
    expect(read('Atlantic Lines avisó a sus agencias asociadas de que el ferry a Funchal del 5 de marzo queda cancelado y de que en su lugar ofrece un autobús a Oporto.')).toMatchObject({ stance: 'conflicts', kind: 'date', sentence: 0 });
    expect(read('Atlantic Lines avisó a sus agencias asociadas de que el ferry a Funchal del 3 de marzo queda cancelado y de que en su lugar ofrece un autobús a Oporto.')?.stance).not.toBe('conflicts');
  });
});

describe('batch-5 readings: holding back, vague counts, one act on two weekdays, spans of months', () => {
  it('does not take "refrained from calling" for "called"', () => {
    const report = ['The ombudsman, Clara Vidal, called for an independent inquiry into the shootings.'];
    const gloss = glossSentence('La defensora del pueblo, Clara Vidal, se abstuvo de pedir una investigación independiente sobre los disparos.', 'es', '2025-12-22', new NameBook(report)).text;
    expect(samePolarity(prepare(gloss), prepare(report[0]!))).toBe(false);
    const called = glossSentence('La defensora del pueblo, Clara Vidal, pidió una investigación independiente sobre los disparos.', 'es', '2025-12-22', new NameBook(report)).text;
    expect(samePolarity(prepare(called), prepare(report[0]!))).toBe(true);
  });
  it('sets no single thing against "several"', () => {
    const report = ['The coast guard has chased and seized several vessels of the shadow fleet, officials said.'];
    expect(readAcross('Береговая охрана задержала танкеры теневого флота и преследует еще одно судно, заявили чиновники.', 'ru', '2025-12-22', report)?.stance).not.toBe('conflicts');
  });
  it('sets two weekdays of one plainly shared act against each other with no word beside either day', () => {
    const report = ['This Monday Ana Ruiz will host a gala at the Lisbon palace with Marco Teixeira, in what her office called a major announcement.'];
    const found = readAcross('El martes pasado Ana Ruiz ofreció junto a Marco Teixeira una gala en el palacio de Lisboa, que su oficina calificó de gran anuncio.', 'es', '2025-12-30', report, { reportDate: '2025-12-22', articleDate: '2025-12-30' });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('sets a span of months against another with the same start', () => {
    const report = ['Over 6,000 visitors flew to the island between August and November on direct charters from Lisbon.'];
    expect(findDates('с августа по октябрь', 'ru', '2025-12-24').map((d) => d.english)).toEqual(['August, October']);
    expect(readAcross('Более 6 тыс. туристов слетали на остров прямыми чартерами из Лиссабона с августа по октябрь.', 'ru', '2025-12-24', report, { reportDate: '2025-12-01' })).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
});

describe('a vague count the sentence tells too', () => {
  it('is the report’s vague count, not another figure of the sentence', () => {
    const report = ['The withdrawal is a blow to the general, since Ruritania was one of just a handful of nations that continued to back him after the assembly elevated Viktor Kalin to the interim presidency.'];
    const read = (sentence: string) => readAcross(sentence, 'es', '2019-06-04', report, { reportDate: '2019-06-03' });
    expect(read('Ruritania era de los pocos apoyos que le quedaban al general desde que más de 50 países reconocieron a Viktor Kalin como presidente interino.')?.stance).not.toBe('conflicts');
    expect(read('Más de medio centenar de países respaldan a Viktor Kalin como presidente interino, pero el general se niega a dejar el cargo.')?.stance).not.toBe('conflicts');
  });
});

describe('a sentence that confirms one thing and denies another', () => {
  it('sets only its confirmation against the report', () => {
    const report = ['Foreign Minister Ana Ruiz confirmed she spoke with her counterpart, Pedro Sala, on Monday, who reportedly assured her of continued support.'];
    const found = readAcross('La canciller Ana Ruiz reconoció el lunes que había hablado con su homólogo, Pedro Sala, pero negó que ambos gobiernos estén coordinando una posición común.', 'es', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23' });
    expect(found?.stance).not.toBe('conflicts');
  });
});

describe('a share', () => {
  it('is stated only by a share', () => {
    const report = ['A state contractor reduced its staff in the country to a few dozen from 1,000, according to the source.', 'Talks began on April 30.'];
    const sentence = 'Según el diario, el contratista recortó en torno a un 30 % su plantilla en el país, donde llegó a tener un millar de empleados.';
    expect(statesEverything(prepare(glossSentence(sentence, 'es', '2019-06-05').text), report.map(prepare), '2019-06-03')).toBe(false);
  });
});

describe('a measure', () => {
  it('counts itself, not the noun after it', () => {
    const report = ['Several diplomats left the embassy in the capital for the airport at midday, witnesses said.'];
    expect(readAcross('El presidente rompió relaciones y concedió 72 horas a los diplomáticos extranjeros para salir del país, según testigos.', 'es', '2019-01-25', report, { reportDate: '2019-01-25' })?.stance).not.toBe('conflicts');
  });
});

describe('one count on each side, in other words', () => {
  const report = ['Over 6,000 visitors flew to the island between August and November on direct charters from Lisbon.'];
  const read = (sentence: string) => readAcross(sentence, 'ru', '2025-12-24', report, { reportDate: '2025-12-01' });
  it('differs when the count is off by a dropped zero or less', () => {
    expect(read('С августа по ноябрь прямыми чартерами из Лиссабона на остров слетали около 600 туристов.')).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
  it('is another count when it is hundreds of times smaller', () => {
    expect(read('С августа по ноябрь прямыми чартерами из Лиссабона на остров через наше агентство улетели человек двадцать.')?.stance).not.toBe('conflicts');
  });
});

describe('days of saying and spans of days, kept to their own acts', () => {
  it('sets the day of a denial only against a day the report gives a denial', () => {
    const report = ['According to Reuters, citing an anonymous official, the airlift of the families began on Friday.'];
    const found = readAcross('La portavoz Ana Ruiz desmintió el lunes el supuesto puente aéreo de las familias, difundido por Reuters a partir de una fuente anónima.', 'es', '2025-12-22', report, { reportDate: '2025-12-22', articleDate: '2025-12-22' });
    expect(found?.stance).not.toBe('conflicts');
  });
  it('sets no span of days against a deadline in hours in a sentence about something else', () => {
    const report = ['The president broke off relations, shut the consulates and gave the envoys 72 hours to leave the country.'];
    expect(readAcross('El presidente confirmó lo que el diario había publicado dos días antes sobre el cierre de los consulados del país.', 'es', '2019-06-04', report, { reportDate: '2019-01-25' })?.stance).not.toBe('conflicts');
  });
});

describe('the same words quoted', () => {
  // A Spanish sentence read against one report sentence, with its quotations glossed.
  const readerOf = (report: readonly string[]) => (sentence: string) => {
    const book = new NameBook(report);
    const { text, anchors } = glossSentence(sentence, 'es', '2025-12-22', book);
    const quotes = quotationsOf(sentence, (q) => prepare(glossSentence(q, 'es', '2025-12-22', book).text), new Set());
    return compareAnchors(prepare(text), report.map(prepare), anchors.names, new Set(), { vectors: wordVectors(), quotes });
  };
  const read = readerOf(['Ana Ruiz, speaking for Marco Teixeira, told the public not to fall for “Western provocations”.']);
  it('agrees with a report that quotes the same words', () => {
    expect(read('Ana Ruiz, en nombre de Marco Teixeira, pidió que nadie cayera en «provocaciones occidentales».')).toMatchObject({ stance: 'corroborates', kind: 'quote' });
  });
  it('not with words the report does not quote, nor the other way round', () => {
    expect(read('Ana Ruiz, en nombre de Marco Teixeira, pidió que nadie cayera en la «agresión imperialista».')?.kind).not.toBe('quote');
    expect(read('Ana Ruiz, en nombre de Marco Teixeira, pidió caer en «provocaciones occidentales».')?.kind).not.toBe('quote');
  });
  it('agrees when the sentence has the whole of what the report quotes, from the same person, quoting more', () => {
    const read = readerOf(['After the raids, Governor Ruiz said the navy would impose a "quarantine" on the port and that the rebels\' hours "are counted."']);
    expect(read('El gobernador Ruiz decretó una cuarentena «total y completa» del puerto.')).toMatchObject({ stance: 'corroborates', kind: 'quote' });
    expect(read('El gobernador Ruiz decretó un cierre «total y completo» del puerto.')?.kind).not.toBe('quote');
  });
  it('not when the person the sentence quotes is one the report’s sentence never names', () => {
    const read = readerOf(['From Lisbon, the foreign minister, Ana Vidal, denounced what she described as "aggressions" and confirmed contacts with Madrid.']);
    expect(read('La canciller Ana Vidal denunció «agresiones y amenazas» de sus vecinos y confirmó contactos con Madrid.')).toMatchObject({ stance: 'corroborates', kind: 'quote' });
    expect(read('La canciller Ana Vidal dijo haber hablado con el viceministro Pedro Olmedo, que le aseguró el apoyo de Madrid contra la «agresión imperialista».')?.kind).not.toBe('quote');
  });
  it('not when the words are those of someone the sentence gives only by a title of another country', () => {
    const read = readerOf(['From Lisbon, the foreign minister, Ana Vidal, denounced what she described as "aggressions" and confirmed contacts with Madrid.']);
    expect(read('Según Vidal, el ministro español le aseguró el apoyo de Madrid contra la «agresión imperialista».')?.kind).not.toBe('quote');
    // (A title beside the person is that person: her words still agree.)
    expect(read('Vidal, ministra de Exteriores, denunció «agresiones y amenazas» de sus vecinos y confirmó contactos con Madrid.')).toMatchObject({ stance: 'corroborates', kind: 'quote' });
  });
  it('finds every quotation of a sentence in the report’s sentence or one beside it, in other words of the same sense too', () => {
    const sentence = 'El ministro denunció «agresiones» y «violaciones del derecho internacional» en el puerto.';
    const glossOf = (q: string) => prepare(glossSentence(q, 'es', '2025-12-22').text);
    const quotes = quotationsOf(sentence, glossOf, new Set(), 1);
    const report = ['The minister spoke of “aggressions” at the port.', 'He also cited “violations of international law.”', 'Trade resumed.'].map(prepare);
    expect(quotesNear(quotes, report, 0, wordVectors())).toBe(true);
    expect(quotesNear(quotes, report, 2, wordVectors())).toBe(false);
    expect(quotesNear(quotes, [prepare('The minister spoke of “aggressions” at the port.')], 0, wordVectors())).toBe(false);
  });
  it('agrees only where the report has every quotation of the sentence, a one-word one too', () => {
    const report = ['The raids followed Governor Ruiz’s announcement of a “total and complete quarantine” of the port.', 'Fishing boats stayed in the harbour.'];
    const read = (sentence: string) => {
      const book = new NameBook(report);
      const { text, anchors } = glossSentence(sentence, 'es', '2025-12-22', book);
      const glossOf = (q: string) => prepare(glossSentence(q, 'es', '2025-12-22', book).text);
      return compareAnchors(prepare(text), report.map(prepare), anchors.names, new Set(), { vectors: wordVectors(), quotes: quotationsOf(sentence, glossOf, new Set()), allQuotes: quotationsOf(sentence, glossOf, new Set(), 1) });
    };
    expect(read('El gobernador Ruiz decretó una «cuarentena total y completa» del puerto.')).toMatchObject({ stance: 'corroborates', kind: 'quote' });
    expect(read('El gobernador Ruiz decretó una «cuarentena total y completa» del puerto y dijo que las horas de los rebeldes están «contadas».')?.stance).not.toBe('corroborates');
  });
});

describe('parts of months against a day or a week of the report', () => {
  it('sets "a mediados de mayo" against talks that ended on May 29, in other words for the talks and their end', () => {
    const report = ['The opposition leader vowed more marches after talks with government envoys hosted by Finland ended on May 29 without progress.'];
    const found = readAcross('El diálogo entre el Gobierno y la oposición con mediación de Finlandia se cerró a mediados de mayo sin ningún acuerdo.', 'es', '2019-06-05', report, { reportDate: '2019-06-03' }, ['finland']);
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('reads the report\'s "last week" as the week before its date', () => {
    const report = ['Last week, moreover, the president demanded the return of oil fields seized years ago from foreign companies.'];
    const read = (sentence: string) => readAcross(sentence, 'ru', '2025-12-24', report, { reportDate: '2025-12-22', articleDate: '2025-12-24' });
    expect(read('Еще в начале декабря президент потребовал вернуть иностранным компаниям нефтяные месторождения, захваченные много лет назад.')).toMatchObject({ stance: 'conflicts', kind: 'date', report: 'last week' });
    expect(read('В середине декабря президент потребовал вернуть иностранным компаниям нефтяные месторождения, захваченные много лет назад.')?.stance).not.toBe('conflicts');
    // A day told by a holiday: Thanksgiving 2025 (27 November) is weeks before it, 17 December within it.
    expect(read('Президент потребовал вернуть иностранным компаниям нефтяные месторождения, захваченные много лет назад, еще на День благодарения.')).toMatchObject({ stance: 'conflicts', kind: 'date', report: 'last week' });
    expect(read('Президент потребовал вернуть иностранным компаниям нефтяные месторождения, захваченные много лет назад, 17 декабря.')?.stance).not.toBe('conflicts');
  });
});

describe('the same round count on both sides', () => {
  it('agrees on "unos 400" and "around 400" of close sentences, each figure alone', () => {
    const report = ['Ivan Petrov, a militia leader, put the number of foreign fighters in the city at around 400 men.'];
    const found = readAcross('El jefe de una milicia, Iván Petrov, cifró en unos 400 el número de combatientes extranjeros en la ciudad.', 'es', '2019-01-25', report);
    expect(found).toMatchObject({ stance: 'corroborates', kind: 'number' });
  });
});

describe('two weekdays of one act with few words shared', () => {
  const report = ['The pullout began on Friday and so far covers women and children, an official confirmed.'];
  const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2025-12-22', report, { reportDate: '2025-12-22', articleDate: '2025-12-22' });
  it('sets the day the act began against the report’s when the act stands beside each day', () => {
    expect(read('Según la fuente, que pidió el anonimato, la operación arrancó el pasado jueves y afecta sobre todo a mujeres y niños.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('agrees on the same day of the act with the same few words', () => {
    expect(read('Según la fuente, que pidió el anonimato, la operación arrancó el pasado viernes y afecta sobre todo a mujeres y niños.', 'es')).toMatchObject({ stance: 'corroborates', kind: 'date' });
  });
  it('not when the act beside the day is another one, nor when the sentence also gives the report’s day', () => {
    expect(read('Según la fuente, que pidió el anonimato, la operación afecta sobre todo a mujeres y niños, informó el pasado jueves.', 'es')?.stance).not.toBe('conflicts');
    expect(read('В пятницу, 19 декабря, начали вывозить женщин и детей, а в понедельник от посольства отъехала колонна машин.', 'ru')?.stance).not.toBe('conflicts');
  });
});

describe('counts of a change, with the counted thing named once', () => {
  const report = ['Acme Corp reduced the number of its employees in Peru to a few dozen from 800, the newspaper said.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2019-06-04', report, { reportDate: '2019-06-03' }, ['peru']);
  it('reads the figure that counts nothing after it as a count of what the sentence counted last', () => {
    const { text } = glossSentence('Acme Corp ha reducido su presencia en Perú a unas decenas de empleados, frente a los cerca de 1.200 que llegó a tener.', 'es', '2019-06-04');
    expect(prepare(text).figures.find((f) => f.value === 1200)?.units[0]).toBe('employe');
    // …and counts in tens written the English way, as vague amounts.
    expect(prepare(text).figures.find((f) => f.range.vague)?.units[0]).toBe('employe');
    const ru = glossSentence('Компания сократила штат до нескольких десятков человек.', 'ru', '2019-06-04').text;
    expect(prepare(ru).figures.some((f) => f.range.vague && f.range.lo >= 20)).toBe(true);
  });
  it('sets the count the change started from against the sentence’s, shown beside the nearest count', () => {
    expect(read('Acme Corp ha reducido su presencia en Perú a unas decenas de empleados, frente a los cerca de 1.200 que llegó a tener.')).toMatchObject({ stance: 'conflicts', kind: 'number', report: '800' });
  });
  it('agrees with the same change, and takes the count it started from for what was, not what is', () => {
    expect(read('Acme Corp redujo su plantilla en Perú de unos 800 empleados a apenas unas decenas, según el diario.')?.stance).not.toBe('conflicts');
    expect(read('Acme Corp mantiene en Perú a unos 800 empleados, según el diario.')?.stance).not.toBe('corroborates');
  });
  it('sets what the change came to against the report’s when both sides tell where it started', () => {
    const ru = (sentence: string) => readAcross(sentence, 'ru', '2019-06-04', report, { reportDate: '2019-06-03' }, ['peru']);
    expect(ru('По данным газеты, Acme Corp сократила число своих сотрудников в Перу до нескольких сотен — а еще недавно их там было около восьмисот.')).toMatchObject({ stance: 'conflicts', kind: 'number', report: 'a few dozen' });
    expect(ru('По данным газеты, Acme Corp сократила число своих сотрудников в Перу до нескольких десятков — а еще недавно их там было около восьмисот.')?.stance).not.toBe('conflicts');
  });
});

describe('the coming weekday against a day the report writes out', () => {
  const report = ['“We regret to tell you that the Lisbon-Funchal ferry on March 3 has been cancelled.'];
  const read = (sentence: string, reportDate: string) => readAcross(sentence, 'es', '2025-02-27', report, { reportDate, articleDate: '2025-02-27', sourceDates: findDates(sentence, 'es', '2025-02-27') });
  it('reads "el próximo martes", "el martes que viene", "в ближайшее воскресенье" as the weekday to come', () => {
    expect(findDates('el ferry del próximo martes queda cancelado', 'es', '2025-02-27').map((d) => d.english)).toEqual(['Tuesday, 4 March']);
    expect(findDates('el ferry del martes que viene', 'es', '2025-02-27').map((d) => d.english)).toEqual(['Tuesday, 4 March']);
    expect(findDates('паром в ближайшее воскресенье отменен', 'ru', '2025-02-27').map((d) => d.english)).toEqual(['Sunday, 2 March']);
    expect(findDates('el ferry del martes quedó cancelado', 'es', '2025-02-27').map((d) => d.english)).toEqual(['Tuesday, 25 February']);
    // On a Monday, "el próximo sábado" is the Saturday of that week (chrono alone reads the one after).
    expect(findDates('irá el próximo sábado a una reunión', 'es', '2025-12-22').map((d) => d.english)).toEqual(['Saturday, 27 December']);
  });
  it('reads "в ночь на четверг" as Wednesday night, the night before', () => {
    expect(findDates('в ночь на четверг он пообещал выборы', 'ru', '2019-01-26').map((d) => d.english)).toEqual(['Wednesday, 23 January']);
    expect(findDates('в четверг он пообещал выборы', 'ru', '2019-01-26').map((d) => d.english)).toEqual(['Thursday, 24 January']);
  });
  it('reads "el sábado de la semana que viene", "в субботу на следующей неделе" as that day of the week after', () => {
    expect(findDates('irá el sábado de la semana que viene a una reunión', 'es', '2019-01-25').map((d) => d.english)).toEqual(['Saturday, 2 February']);
    expect(findDates('irá el sábado de la próxima semana', 'es', '2025-12-22').map((d) => d.english)).toEqual(['Saturday, 3 January']);
    expect(findDates('Помпео в субботу на следующей неделе примет участие', 'ru', '2025-12-22').map((d) => d.english)).toEqual(['Saturday, 3 January']);
  });
  it('sets it against the report’s day of the same act and route, the report dated by its month or its day', () => {
    expect(read('Atlantic Lines avisó a sus agencias de que el Lisboa–Funchal del próximo martes queda cancelado.', '2025-02')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Atlantic Lines avisó a sus agencias de que el Lisboa–Funchal del próximo martes queda cancelado.', '2025-02-28')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Atlantic Lines avisó a sus agencias de que el Lisboa–Funchal del próximo lunes queda cancelado.', '2025-02')?.stance).not.toBe('conflicts');
  });
  it('not against a report of months before', () => {
    expect(read('Atlantic Lines avisó a sus agencias de que el Lisboa–Funchal del próximo martes queda cancelado.', '2024-10')?.stance).not.toBe('conflicts');
  });
});

describe('a reward and what it is paid for', () => {
  const report = ['For the smuggler, whom several governments have sanctioned, there is a reward of $10,000,000 and an indictment in Miami.'];
  const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2025-12-22', report, {}, ['miami']);
  it('sets a sum offered for a capture or an arrest against the report’s reward', () => {
    expect(read('Washington ofrece además 5 millones de dólares por la captura del contrabandista, una cifra que su defensa considera un insulto.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'number' });
    expect(read('За сведения, которые помогут задержать контрабандиста, обещано 25 млн долларов.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
  it('not a sum paid for something else', () => {
    expect(read('Washington concedió además 5 millones de dólares en ayuda humanitaria, una cifra que el Gobierno considera un insulto.', 'es')?.stance).not.toBe('conflicts');
  });
});

describe('days the article could not tell', () => {
  it('sets no day against a day the report tells as past that came after the article was written', () => {
    const report = ['The mediation hosted by Norway ended on May 29 without progress, and the opposition leader vowed to keep marching.'];
    const read = (sentence: string, articleDate: string) => readAcross(sentence, 'es', articleDate, report, { reportDate: '2019-06-03', articleDate, explicitDates: true });
    expect(read('La mediación de Noruega terminó el 27 de mayo sin avances y el líder opositor prometió seguir marchando.', '2019-06-01')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Ayer la mediación de Noruega terminó sin avances y el líder opositor prometió seguir marchando.', '2019-01-27')?.stance).not.toBe('conflicts');
  });
  it('sets no time of day against the report\'s when the sentence gives that time too, in another time zone', () => {
    const report = ['Late on Thursday night, the opposition leader said he wants new elections as soon as possible.'];
    const read = (sentence: string) => readAcross(sentence, 'es', '2019-01-27', report, { reportDate: '2019-01-25', articleDate: '2019-01-27' });
    expect(read('El jueves por la mañana, el líder opositor dijo que quiere nuevas elecciones cuanto antes.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Esa noche del jueves, cuando en Madrid ya era madrugada del viernes, el líder opositor dijo que quiere nuevas elecciones cuanto antes.')?.stance).not.toBe('conflicts');
  });
});

describe('holidays as days', () => {
  it('reads a holiday and a day told from it as that day, and a time around it as none', () => {
    const day = (text: string, lang: 'es' | 'ru') => findDates(text, lang, '2025-12-26').map((d) => d.english);
    expect(day('Dio su anuncio la víspera de Nochebuena.', 'es')).toEqual(['23 December 2025']);
    expect(day('Empezó una semana antes de Navidad.', 'es')).toEqual(['18 December 2025']);
    expect(day('Вывоз начался ровно за неделю до католического Рождества.', 'ru')).toEqual(['18 December 2025']);
    expect(day('Обещали закончить в канун Нового года.', 'ru')).toEqual(['31 December 2025']);
    expect(day('Lo hará después de Navidad.', 'es')).toEqual([]);
    expect(day('Вывоз начался накануне Рождества.', 'ru')).toEqual([]);
  });
  it('reads the winter solstice and other fixed-day holidays', () => {
    const day = (text: string, lang: 'es' | 'ru', ref = '2025-12-26') => findDates(text, lang, ref).map((d) => d.english);
    expect(day('Выступая в день зимнего солнцестояния, министр призвал к спокойствию.', 'ru')).toEqual(['21 December 2025']);
    expect(day('В самый короткий день года колонна выехала за ворота.', 'ru')).toEqual(['21 December 2025']);
    expect(day('El día más corto del año la caravana salió del recinto.', 'es')).toEqual(['21 December 2025']);
    expect(day('El ministro habló el Día de los Inocentes.', 'es', '2025-12-30')).toEqual(['28 December 2025']);
    expect(day('Соглашение подписали в День России.', 'ru', '2019-06-20')).toEqual(['12 June 2019']);
    expect(day('Министр еще в Николин день все сказала.', 'ru')).toEqual(['19 December 2025']);
    expect(day('Судно задержали в День Конституции.', 'ru')).toEqual(['12 December 2025']);
    // (Professional days Russian papers date things by: the security services', the power engineers'.)
    expect(day('Захарова отвергла эти сообщения в День чекиста.', 'ru')).toEqual(['20 December 2025']);
    expect(day('Колонна ушла в День энергетика.', 'ru')).toEqual(['22 December 2025']);
    expect(day('Abordaron el carguero el día de la Inmaculada.', 'es')).toEqual(['8 December 2025']);
    // (Days that move: the fourth Thursday of November and the day after it.)
    expect(day('El vuelo del Día de Acción de Gracias quedó cancelado.', 'es', '2025-11-29')).toEqual(['27 November 2025']);
    expect(day('El vuelo de este Black Friday quedó cancelado.', 'es', '2025-11-29')).toEqual(['28 November 2025']);
    expect(day('El vuelo de este Black Friday quedó cancelado.', 'es', '2024-12-02')).toEqual(['29 November 2024']);
    expect(day('Рейс в День благодарения отменили.', 'ru', '2024-12-02')).toEqual(['28 November 2024']);
    // (A span from a holiday is no day: «со Дня семьи, любви и верности до конца ноября».)
    expect(day('Со Дня семьи, любви и верности до конца ноября рейсы шли каждый день.', 'ru', '2025-11-28')).not.toContain('8 July 2025');
  });
  it('sets such a day against another the report gives for the act', () => {
    const report = ['The airlift of the diplomats’ families started on Friday and covers wives and children, an official said.'];
    const read = (sentence: string) => readAcross(sentence, 'ru', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23' });
    expect(read('По словам чиновника, вывоз семей дипломатов, жен и детей, начался ровно за неделю до католического Рождества.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('По словам чиновника, вывоз семей дипломатов, жен и детей, начался за шесть дней до католического Рождества.')?.stance).not.toBe('conflicts');
  });
});

describe('a day counted back from the article', () => {
  it('is no other day of an act months away in the report', () => {
    const report = ['The governor vowed to press ahead with protests after talks hosted by Portugal ended on May 29, without progress.'];
    const read = (sentence: string, articleDate: string) => readAcross(sentence, 'es', articleDate, report, { reportDate: '2019-06-04', articleDate });
    expect(read('Ayer terminaron sin avances las conversaciones con mediación de Portugal, y el gobernador prometió seguir con las protestas.', '2019-05-31')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Ayer, en una plaza, el gobernador prometió seguir con las protestas y rechazó conversaciones con mediación de Portugal.', '2019-01-26')?.stance).not.toBe('conflicts');
  });
});

describe('a day shared with a denial', () => {
  it('is no agreement with a sentence that denies nothing', () => {
    const report = ['Foreign Ministry spokeswoman Ana Ruiz dismissed the claims on Monday, urging the public to stay calm.'];
    const read = (sentence: string) => readAcross(sentence, 'ru', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23' });
    expect(read('В понедельник, 22.12, МИД выпустил официальную рекомендацию семьям сотрудников временно выехать на родину.')?.stance).not.toBe('corroborates');
    expect(read('В понедельник официальный представитель МИД Ана Руис опровергла эти сообщения.')).toMatchObject({ stance: 'corroborates' });
  });
});

describe('a ceiling and a floor on the same figure', () => {
  const report = 'More than 10 vehicles with official plates left the ministry’s courtyard before noon, a neighbour said.';
  it('sets "nearly ten" against "more than 10", not "more than ten"', () => {
    expect(readAcross('Según un vecino, casi una decena de coches con matrícula oficial salieron del patio del ministerio antes del mediodía.', 'es', '2025-11-27', report)).toMatchObject({ stance: 'conflicts', kind: 'number' });
    expect(readAcross('Según un vecino, más de una decena de coches con matrícula oficial salieron del patio del ministerio antes del mediodía.', 'es', '2025-11-27', report)?.stance).not.toBe('conflicts');
  });
});

describe('one of two months', () => {
  const report = 'In May or June, Peru will host a meeting of the Andean Forum, a group of seven states.';
  // (As the checker reads it: a sentence of what will happen looks ahead.)
  const read = (sentence: string) => readAcross(sentence, 'es', '2024-03-01', report, { reportDate: '2024-03-01', articleDate: '2024-03-01', ahead: looksAhead(sentence, 'es') });
  it('sets a third month against the report’s two, not one of them', () => {
    expect(read('Perú acogerá en agosto una reunión del Foro Andino, que agrupa a siete Estados.')).toMatchObject({ stance: 'conflicts', kind: 'date', report: 'May or June' });
    expect(read('Perú acogerá en junio una reunión del Foro Andino, que agrupa a siete Estados.')?.stance).not.toBe('conflicts');
  });
});

describe('years of one act', () => {
  const report = ['Established in 1997, Lusotur brings together the country’s tour operators.'];
  const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2025-11-27', report, { reportDate: '2025-11-27' });
  it('keeps a year no date took in the gloss', () => {
    expect(glossSentence('Lusotur, fundada en 1993, agrupa a los turoperadores.', 'es', '2025-11-27').text).toContain('1993');
  });
  it('sets the year a body was founded against the report’s, and agrees on the same one', () => {
    expect(read('Lusotur, fundada en 1993, agrupa a los turoperadores del país.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Lusotur — объединение туроператоров, основанное в 1993 году.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Lusotur, fundada en 1997, agrupa a los turoperadores del país.', 'es')?.stance).not.toBe('conflicts');
  });
  it('not a year of another act', () => {
    expect(read('Lusotur perdió en 1993 a la mitad de sus socios.', 'es')?.stance).not.toBe('conflicts');
  });
  it('sets the year a sum has been paid since against the report’s, where the sum agrees', () => {
    const sums = ['Likewise, he sought more trade with Brazil, which has sold Peru over $12 billion in grain since 2004.'];
    const places = ['brazil', 'peru'];
    for (const [sentence, lang] of [['Brasil le ha vendido a Perú más de 12.000 millones de dólares en cereales desde 2011.', 'es'], ['Бразилия с 2011 года продала Перу зерна более чем на 12 млрд долларов.', 'ru']] as const) {
      expect(readAcross(sentence, lang, '2025-11-27', sums, {}, places)).toMatchObject({ stance: 'conflicts', kind: 'date', claim: '2011', report: '2004' });
    }
    expect(readAcross('Brasil le ha vendido a Perú más de 12.000 millones de dólares en cereales desde 2004.', 'es', '2025-11-27', sums, {}, places)).toMatchObject({ stance: 'corroborates', kind: 'number' });
  });
});

describe('a written date against the report’s day for the same act', () => {
  const read = (sentence: string, lang: 'es' | 'ru', report: string, articleDate: string, reportDate: string) => {
    const dates = findDates(sentence, lang, articleDate);
    return readAcross(sentence, lang, articleDate, [report], { reportDate, articleDate, sourceDates: dates, explicitDates: dates.length > 0 && dates.every((d) => d.explicit), ahead: looksAhead(sentence, lang) });
  };
  it('sets a date the sentence writes out against one the report writes out, the act beside each', () => {
    const report = 'The round of talks between the unions and the employers, hosted by Sweden, ended on April 11 without agreement.';
    expect(read('Las conversaciones mediadas por Suecia terminaron el 9 de abril.', 'es', report, '2024-04-16', '2024-04-12')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Las conversaciones mediadas por Suecia terminaron el 11 de abril.', 'es', report, '2024-04-16', '2024-04-12')?.stance).not.toBe('conflicts');
  });
  it('…and against a weekday of the report’s own week', () => {
    const report = 'The airlift of the consulate’s staff began on Thursday, a port official told reporters.';
    expect(read('По словам портового чиновника, вывоз сотрудников консульства начался 8 мая.', 'ru', report, '2024-05-13', '2024-05-11')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('По словам портового чиновника, вывоз сотрудников консульства начался 9 мая.', 'ru', report, '2024-05-13', '2024-05-11')?.stance).not.toBe('conflicts');
  });
  it('…also in a short sentence whose every word of what happened is in the report’s', () => {
    const report = 'Citing a port official, the agency said the evacuation of the consulate’s staff began on Thursday and included their children.';
    const read = (sentence: string) => {
      const dates = findDates(sentence, 'ru', '2024-05-13');
      return readAcross(sentence, 'ru', '2024-05-13', [report], { reportDate: '2024-05-11', articleDate: '2024-05-13', sourceDates: dates, explicitDates: true, short: true });
    };
    expect(read('Вывоз начался в среду, 8 мая.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(read('Вывоз начался в четверг, 9 мая.')?.stance).not.toBe('conflicts');
  });
  it('not when only a role, or a word of a name on one side, stands beside both days', () => {
    const report = 'The country’s parliament met on Saturday and was asked to recognize Anna Weber as acting president of the country.';
    expect(read('Anna Weber se proclamó presidenta interina del país el miércoles 8 de mayo ante miles de seguidores.', 'es', report, '2024-05-14', '2024-05-13')?.stance).not.toBe('conflicts');
    // ("partida de defunción", a certificate, glossed "departed": beside the report's "Department", no act)
    const office = 'Under the agreement the inspectors returned to the mines, and the leaders met in the capital; separately, the Labour Department quit on Thursday.';
    expect(read('Según el acuerdo laboral, los inspectores volvieron a las minas; la partida de defunción del pacto la firmaron el martes 7 de mayo.', 'es', office, '2024-05-14', '2024-05-13')?.stance).not.toBe('conflicts');
  });
});

describe('the same statement given to someone else', () => {
  const report = ['Ministry spokeswoman Olga Petrenko rejected the reports on Monday as “Western provocations”.'];
  it('shows a conflict of names where the rest of the sentence agrees and the report names someone the sentence leaves out', () => {
    const someoneElse = (i: number) => (report[i]!.includes('Petrenko') ? { claim: 'Peskov', report: 'Olga Petrenko' } : undefined);
    const found = readAcross('El portavoz Dmitri Peskov rechazó el lunes esas informaciones como «provocaciones occidentales».', 'es', '2025-12-22', report, { reportDate: '2025-12-22', articleDate: '2025-12-22', someoneElse });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'entity', report: 'Olga Petrenko' });
    expect(readAcross('El portavoz Dmitri Peskov rechazó el lunes esas informaciones como «provocaciones occidentales».', 'es', '2025-12-22', report, { reportDate: '2025-12-22', articleDate: '2025-12-22' })?.stance).not.toBe('conflicts');
  });
});

describe('an act the sentence says did not happen', () => {
  const report = 'The governor severed relations with the province and gave its envoys 48 hours to leave.';
  it('sets "не разорвал" against the report’s "severed", though the figure agrees', () => {
    const found = readAcross('Губернатор дал представителям провинции 48 часов на отъезд, но отношения с ней формально не разорвал.', 'ru', '2025-12-23', report);
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('reads the imperfective too: "не разрывал"', () => {
    const found = readAcross('Губернатор дал представителям провинции 48 часов на отъезд, однако формально отношений с ней не разрывал.', 'ru', '2025-12-23', report);
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('agrees where it says the act happened', () => {
    const found = readAcross('Губернатор дал представителям провинции 48 часов на отъезд и разорвал с ней отношения.', 'ru', '2025-12-23', report);
    expect(found).toMatchObject({ stance: 'corroborates' });
  });
  it('takes no name after a negation for the act ("una fuente que no da la cara: Aerotrans…")', () => {
    const cut = 'A state shipbuilder, Aerotrans, reduced the number of its employees in the region to a few dozen from 1,000, according to the source.';
    const found = readAcross('Lo cuenta una fuente que no da la cara: Aerotrans, el astillero estatal, ha dejado su plantilla en la región en unas pocas decenas de empleados, cuando llegó a tener un millar.', 'es', '2025-12-23', cut);
    expect(found).toMatchObject({ stance: 'corroborates' });
  });
  it('leaves "not confirmed" to the reading of stances', () => {
    const found = readAcross('Губернатор дал представителям провинции 48 часов на отъезд; в столице этого не подтверждают.', 'ru', '2025-12-23', 'The governor confirmed he gave the envoys 48 hours to leave.');
    expect(found?.kind).not.toBe('denial');
  });
});

describe('a day and month the report gives for something else', () => {
  const sentence = 'Во вторник, 22 января, мэр Хуан Перес объявил о своей отставке.';
  const { text, anchors } = glossSentence(sentence, 'ru', '2019-01-28');
  const states = (report: readonly string[]) => statesEverything(prepare(text), report.map(prepare), '2019-01-25', anchors.dates, anchors.figures);
  it('does not state the sentence’s written-out day where only an unrelated sentence has that weekday', () => {
    expect(states(['Protests began on Tuesday in the capital.', 'Mayor Juan Perez announced his resignation.'])).toBe(false);
  });
  it('states it where the weekday is beside what the sentence tells', () => {
    expect(states(['Mayor Juan Perez announced his resignation on Tuesday.'])).toBe(true);
  });
});

describe('yesterday and tomorrow as days', () => {
  const report = 'Minister Ana Ruiz announced the new tariffs on Thursday.';
  const read = (articleDate: string) => readAcross('Вчера министр Ана Руис объявила о новых пошлинах.', 'ru', articleDate, report, { reportDate: '2025-12-19', articleDate });
  it('sets "вчера" against another day of the report’s week', () => {
    expect(read('2025-12-23')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('not against the weekday of a report written months before: another announcement', () => {
    expect(read('2026-03-10')?.stance).not.toBe('conflicts');
  });
  it('reads "hoy" as the present, "сегодня вечером" and "ayer" as days', () => {
    expect(findDates('Los clientes que hoy están de vacaciones volverán.', 'es', '2025-11-28')[0]?.counted).toBeUndefined();
    expect(findDates('Ayer el ministro habló.', 'es', '2025-11-28')[0]?.counted).toBe(true);
    expect(findDates('Сегодня вечером Трамп выступит.', 'ru', '2025-12-23')[0]?.counted).toBe(true);
  });
});

describe('a denial with words between the speaker and the verb', () => {
  const report = '“The general was ready to board the plane before the Russians stopped him,” Pompeo said at a gala in Boston on May 1.';
  it('sets "Pompeo, en cambio, …, negó que…" against Pompeo saying it', () => {
    const found = readAcross('Pompeo, en cambio, fue más prudente: en la gala de Boston del 1 de mayo negó que los rusos hubieran impedido al general subir al avión.', 'es', '2019-06-10', report, { reportDate: '2019-06-03', articleDate: '2019-06-10' });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('reads "negándose a" as refusing, and "the United States" as no one stating anything', () => {
    const found = readAcross('Casi sesenta países reconocen a Guaidó, y el presidente Maduro sigue negándose a dejar el país y el cargo.', 'es', '2019-06-10', 'President Nicolas Maduro severed relations with the United States and asked the US diplomats to leave the country.', { reportDate: '2019-06-03', articleDate: '2019-06-10' });
    expect(found?.kind).not.toBe('denial');
  });
});

describe('saying neither yes nor no', () => {
  const report = 'Ministry spokeswoman Olga Petrenko dismissed the reports on Monday, urging people to “stay calm” and “ignore the rumours.”';
  const sentence = 'В понедельник официальный представитель министерства Ольга Петренко не сказала ни «да», ни «нет»: она призвала «сохранять спокойствие» и «не обращать внимания на слухи».';
  it('reads "ni confirmó ni desmintió" and "ни «да», ни «нет»", not a plain denial', () => {
    expect(saysNeither('El ministerio ni confirmó ni desmintió la información.', 'es')).toBe(true);
    expect(saysNeither(sentence, 'ru')).toBe(true);
    expect(saysNeither('El ministerio desmintió la información.', 'es')).toBe(false);
  });
  it('reads not ruling it out ("no descartó", "не исключила") as no denial, against the same person denying', () => {
    expect(saysNeither('La portavoz no descartó que algunas familias se hubieran ido.', 'es')).toBe(true);
    const notRuledOut = 'В понедельник Ольга Петренко не исключила, что часть слухов верна, и призвала «сохранять спокойствие».';
    expect(saysNeither(notRuledOut, 'ru')).toBe(true);
    expect(readAcross(notRuledOut, 'ru', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23', nonDenial: saysNeither(notRuledOut, 'ru') })).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('sets it against the same person denying, however many of her words the sentence quotes', () => {
    const found = readAcross(sentence, 'ru', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23', nonDenial: true });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
});

describe('a weekday of the week before', () => {
  it('is that day: it differs from the report’s Monday of this week, however many names agree', () => {
    const report = 'This Monday, Mayor Ana Ruiz will open the new bridge alongside Governor Luis Soto and Minister Pedro Gil.';
    const found = readAcross('El lunes de la semana pasada, la alcaldesa Ana Ruiz inauguró el nuevo puente con el gobernador Luis Soto y el ministro Pedro Gil.', 'es', '2025-12-24', report, { reportDate: '2025-12-22', articleDate: '2025-12-24' });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'date' });
    expect(findDates('El lunes de la semana pasada llegó.', 'es', '2025-12-24')[0]).toMatchObject({ english: 'Monday, 15 December', shifted: true });
  });
  it('is not stated by a report that names a Monday of another week', () => {
    const sentence = 'El lunes de la semana pasada, la alcaldesa Ana Ruiz inauguró el nuevo puente.';
    const { text, anchors } = glossSentence(sentence, 'es', '2025-12-24');
    const states = (report: string) => statesEverything(prepare(text), [prepare(report)], '2025-12-22', anchors.dates, anchors.figures);
    expect(states('Mayor Ana Ruiz opened the new bridge on Monday.')).toBe(false);
    expect(states('Mayor Ana Ruiz opened the new bridge on December 15.')).toBe(true);
  });
});

describe('who confirms', () => {
  it('is the one before the verb: "the statement confirmed what the paper wrote" is no company confirming what it denied', () => {
    const report = ['The minister’s message confirms an anonymously sourced report published in The Daily Courier on June 2.', 'Norlex denied the Courier’s report.'];
    const found = readAcross('Заявление министра подтвердило материал The Daily Courier, вышедший в воскресенье со ссылкой на анонимный источник.', 'ru', '2019-06-05', report, { reportDate: '2019-06-03', articleDate: '2019-06-05' });
    expect(found?.kind).not.toBe('denial');
  });
});

describe('the same thing described the opposite way', () => {
  // Written for this test.
  const report = ['A state shipping firm, Nordlys, employs 1,200 people in Chile, the source said.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-03-15', report, { reportDate: '2025-03-15' });
  it('conflicts where the figures agree but the description is the opposite', () => {
    expect(read('Según la fuente, Nordlys, una naviera privada, emplea a 1.200 personas en Chile.')).toMatchObject({ stance: 'conflicts', kind: 'other', claim: 'private', report: 'state' });
    expect(read('Según la fuente, Nordlys, una naviera estatal, emplea a 1.200 personas en Chile.')).toMatchObject({ stance: 'corroborates' });
  });
  it('conflicts where the sentence has all of a group and the report some of it, not where the sentence has both', () => {
    const crew = ['On Tuesday, the Nordlys company ordered some members of its crew in Chile to leave the ship.'];
    const ru = (sentence: string) => readAcross(sentence, 'ru', '2025-03-12', crew, { reportDate: '2025-03-12' });
    expect(ru('Во вторник компания Nordlys приказала покинуть судно в Чили: уходит весь экипаж.')).toMatchObject({ stance: 'conflicts', kind: 'other', claim: 'all', report: 'some' });
    expect(ru('Во вторник компания Nordlys приказала части экипажа покинуть судно в Чили и предупредила об этом всех пассажиров.')).toMatchObject({ stance: 'corroborates' });
    expect(oppositeAttribute('ministry recalled all staff embassy', 'The ministry ordered some members of its staff to leave.')).toEqual({ claim: 'all', report: 'some' });
    expect(oppositeAttribute('Lima Group full 14 state all supported', 'a group of 14 states, the vast majority of which supported him')).toEqual({ claim: 'all', report: 'vast majority' });
    expect(oppositeAttribute('13 14 country Lima Group all but Mexico backing', 'a group of 14 states, the vast majority of which supported him')).toBeNull();
    // (Weeks of something against months of it.)
    expect(oppositeAttribute('mayor said television mediation preceded several week secret talks', 'The mayor said the city had prepared the mediation with months of secret talks.')).toEqual({ claim: 'several week', report: 'months of' });
    expect(oppositeAttribute('mayor said television mediation preceded months secret talks', 'The mayor said the city had prepared the mediation with months of secret talks.')).toBeNull();
    expect(oppositeAttribute('Lima Group 14 member almost all supported', 'a group of 14 states, the vast majority of which supported him')).toBeNull();
    // (Where it was said: a tweet is not what someone told a network.)
    expect(oppositeAttribute('we stay streets wrote Lopez Twitter', '“We will stay in the streets,” Lopez told Andes News Network on Tuesday.')).toEqual({ claim: 'Twitter', report: 'told Andes News' });
    expect(oppositeAttribute('Lopez wrote Twitter we stay streets', 'Lopez said on Twitter that they would stay in the streets, and later told Andes News Network the same.')).toBeNull();
    // (A promise withheld, a possibility studied: nothing promised, nothing begun.)
    expect(oppositeAttribute('minister confirmed spoke counterpart not guarantee support Lima', 'The minister said his counterpart assured him of Lima’s support.')).toEqual({ claim: 'not guarantee', report: 'assured' });
    expect(oppositeAttribute('minister confirmed spoke counterpart guaranteed support Lima', 'The minister said his counterpart assured him of Lima’s support.')).toBeNull();
    expect(oppositeAttribute('association reported possibility organized special flights citizens', 'The country has begun flying its citizens home on special flights, the association said.')).toEqual({ claim: 'possibility', report: 'has begun' });
  });
  it('sets a leave to go against an order to go, not an order against the same order', () => {
    const staff = 'On Thursday, the ministry ordered some members of its staff to leave the island.';
    expect(oppositeAttribute('day before ministry allowed part embassy staff left island', staff)).toEqual({ claim: 'allowed', report: 'ordered' });
    expect(oppositeAttribute('ministry authorized left personnel embassy', staff)).toEqual({ claim: 'authorized', report: 'ordered' });
    expect(oppositeAttribute('ministry ordered part staff left island', staff)).toBeNull();
  });
  it('conflicts where the sentence has something said for the first time and the report has it said again', () => {
    const report = ['Announcing a “total and complete embargo” on Monday, Minister Ana Ruiz reiterated that the regime\'s days are numbered.'];
    const read = (sentence: string) => readAcross(sentence, 'ru', '2025-12-24', report, { reportDate: '2025-12-23', quotes: [] });
    expect(read('Объявив в понедельник эмбарго, министр Ана Руис впервые заявила, что дни режима сочтены.')).toMatchObject({ stance: 'conflicts', kind: 'other', claim: 'first time', report: 'reiterated' });
    expect(read('Объявив в понедельник эмбарго, министр Ана Руис снова заявила, что дни режима сочтены.')?.stance).not.toBe('conflicts');
  });
  it('reads opposites either way round, not in names ("Secretary of State") nor where both are said', () => {
    // [the glossed sentence, the report's sentence, the opposite found or null]
    const cases: [string, string, { claim: string; report: string } | null][] = [
      ['tourists returned scheduled flights', 'They will be repatriated on special flights.', { claim: 'scheduled flights', report: 'special flights' }],
      ['6,000 tourists arrived flight regular Moscow', 'over 6,000 visitors came via direct charter flights from Moscow', { claim: 'flight regular', report: 'charter flights' }],
      ['training center pilots civilian helicopters', 'a training center for military helicopters', { claim: 'civilian', report: 'military' }],
      ['private firm said', 'Secretary of State Ana Vidal said so.', null],
      ['flights direct stopover Havana', 'direct charter flights', null],
      ['civil war military', 'military aid', null],
      ['Porto flight postponed without new date', 'the Lisbon-Porto flight on May 2 has been cancelled', { claim: 'postponed', report: 'cancelled' }],
      ['banker federal court conviction fraud reward 2 million', 'there is a reward of $2,000,000 and an indictment for fraud in the federal court', { claim: 'conviction', report: 'indictment' }],
      ['Andes Forum 12 state support plan expressed approximately half', 'the Andes Forum, of 12 states, the vast majority of which back the plan', { claim: 'half', report: 'majority' }],
      ['banker accused money laundering federal court reward 2 million', 'there is a reward of $2,000,000 and an indictment for drug trafficking in the federal court', { claim: 'money laundering', report: 'drug trafficking' }],
      ['Saturday minister asked General Assembly UN recognize plan', 'The minister will ask a meeting of the United Nations Security Council on Saturday to recognize the plan.', { claim: 'General Assembly', report: 'Security Council' }],
      ['minister asked Security Council recognize plan', 'The minister will ask the Security Council, days after the General Assembly vote.', null],
      ['according documents leaked Daily Planet Kremlin offered Freedonia radars missiles', 'Documents obtained by the Daily Planet show Freedonia pleaded with Moscow for radars and missiles.', { claim: 'offered', report: 'pleaded' }],
      ['banker reward 2 million dollars indictment fraud International Criminal Court The Hague', 'There is a reward of $2,000,000 and an indictment for fraud in the Eastern District Court.', { claim: 'International Criminal Court', report: 'District Court' }],
      ['last contract training center helicopters half-finished March lack payment', 'The last contract the firm fulfilled was a training center for helicopters in March.', { claim: 'half-finished', report: 'fulfilled' }],
      ['Ana Vidal responded directly English without interpreter Radio Norte', '"We will stay in the streets," Vidal told Radio Norte, speaking via an interpreter.', { claim: 'without interpreter', report: 'via an interpreter' }],
      ['Ana Vidal spoke Radio Norte interpreter', '"We will stay in the streets," Vidal told Radio Norte, speaking via an interpreter.', null],
      ['freighter Aurora registered Malta 10 May sunk', 'Among the cases is the seizure of the freighter Aurora last May 10.', { claim: 'sunk', report: 'seizure' }],
      ['reward 2 million dollar accusation fraud charged northern command armed forces', 'There is a reward of $2,000,000 and an indictment for fraud in the Eastern District Court.', { claim: 'command', report: 'Court' }],
      ['banker conviction in absentia fraud court Eastern District', 'There is a reward of $2,000,000 and an indictment for fraud in the Eastern District Court.', { claim: 'conviction', report: 'indictment' }],
      ['talks Lisbon hosted ended 29 May preliminary agreement', 'The talks hosted by Portugal ended on May 29, without progress toward a settlement.', { claim: 'agreement', report: 'without progress' }],
      ['talks Lisbon hosted ended 29 May without agreement', 'The talks hosted by Portugal ended on May 29, without progress toward a settlement.', null],
      ['talks Lisbon ended 29 May without progress', '"There was no immediate agreement, so we remain in the streets," Vidal said.', null],
      ['minister Ana Vidal confirmed Monday received letter counterpart Pedro Olmedo', 'Ana Vidal confirmed she spoke with her counterpart, Pedro Olmedo, on Monday.', { claim: 'letter', report: 'spoke with' }],
      ['minister Ana Vidal 3 March spoke hearing Senate claimed deal near', '"We literally had a deal," Vidal said at a gala in Lisbon on March 3.', { claim: 'hearing', report: 'gala' }],
      ['minister Ana Vidal 3 March gala Lisbon claimed deal near', '"We literally had a deal," Vidal said at a gala in Lisbon on March 3.', null],
      ['Ana Vidal high commissioner UN refugees urged investigation', 'Ana Vidal, UN High Commissioner for Human Rights, called for an investigation.', { claim: 'commissioner UN refugees', report: 'Commissioner for Human Rights' }],
      ['Ana Vidal high commissioner UN human rights urged investigation refugees', 'Ana Vidal, UN High Commissioner for Human Rights, called for an investigation.', null],
      ['mentor Lopez since 2014 military prison', 'His mentor, Lopez, has been kept under house arrest since 2014.', { claim: 'prison', report: 'house arrest' }],
      ['Lopez since 2014 house arrest after year prison', 'His mentor, Lopez, has been kept under house arrest since 2014.', null],
      ['minister internal Pedro Olmedo military remained side governor', 'The army, whose main leaders, including the Minister of Defense Pedro Olmedo, have rallied to the governor.', { claim: 'minister internal', report: 'Minister of Defense' }],
      ['Venezuela defense minister said troops stayed', "Venezuela's foreign minister, Ana Vidal, said the troops stayed.", null],
      ['defense minister Pedro Olmedo remained governor', 'The army, whose main leaders, including the Minister of Defense Pedro Olmedo, have rallied to the governor.', null],
      ['Monday governor spoke residence Secretary State Ana Vidal defense minister Pedro Olmedo', 'Foreign Minister Luis Ruiz confirmed he spoke with his counterpart on Monday.', null],
      ['foreign minister Ana Vidal said defense minister Pedro Olmedo stayed', 'Foreign Minister Ana Vidal said the Defense Ministry would stay.', null],
      ['protest against governor Tuesday so far without dead', 'At least 9 people have been killed since the protests began on Tuesday.', { claim: 'without dead', report: 'killed' }],
      ['protest against governor Tuesday 9 killed', 'At least 9 people have been killed since the protests began on Tuesday.', null],
      ['5 May gala Lisbon Vidal said governor had boat prepared leave country', '"We literally had the governor getting prepared to get on this airplane," Vidal said at a gala in Lisbon on May 5.', { claim: 'boat', report: 'airplane' }],
      ['tweet contradicted information Daily Planet published eve', 'The governor’s message confirms a report published in the Daily Planet on May 2.', { claim: 'contradicted', report: 'confirms' }],
      ['last contract firm March training center pilot military transport plane', 'The last contract the firm fulfilled was a training center for military helicopters in March.', { claim: 'pilot military transport plane', report: 'helicopters' }],
      ['last contract firm March training center helicopter pilots', 'The last contract the firm fulfilled was a training center for military helicopters in March.', null],
      ['governor gave diplomats deadline 3 days business leave country', 'The governor asked the diplomats to leave the country within 72 hours.', { claim: 'days business', report: 'hours' }],
      ['reelected May year last election competed opposition', 'The governor, reelected last May after a vote boycotted by the opposition, kept his post.', { claim: 'competed', report: 'boycotted' }],
    ];
    for (const [gloss, report, want] of cases) {
      if (want) expect(oppositeAttribute(gloss, report)).toEqual(want);
      else expect(oppositeAttribute(gloss, report)).toBeNull();
    }
  });
});

describe('a report’s day that names another event', () => {
  // Written for this test.
  const report = ['Sources in the mayor’s office said there had been contacts with the union for months before the failed May 3 general strike.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-06-10', report, { reportDate: '2025-06-09', articleDate: '2025-06-10', explicitDates: true });
  it('is no day of what the sentence dates', () => {
    expect(read('Según fuentes de la alcaldía, los contactos con el sindicato terminaron el miércoles 28 de mayo sin avances.')?.stance).not.toBe('conflicts');
  });
  it('is that event’s day when the sentence tells it', () => {
    expect(read('Según fuentes de la alcaldía, hubo contactos con el sindicato durante meses antes de la huelga general fallida del 5 de mayo.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
});

describe('a sum per year against a total', () => {
  // Written for this test.
  const report = ['Brazil has sold Peru over $12 billion in grain since 2005, the ministry said.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-03-15', report, { reportDate: '2025-03-15' });
  it('is another figure, however equal the number', () => {
    expect(read('Brasil, que desde el año 2005 vende a Perú grano por más de 12.000 millones de dólares al año, según el ministerio.')?.stance).not.toBe('corroborates');
  });
  it('agrees where both are totals («desde el año 2005» is no rate)', () => {
    expect(read('Brasil ha vendido a Perú grano por más de 12.000 millones de dólares desde el año 2005, según el ministerio.')?.stance).toBe('corroborates');
  });
});

describe('a count of a body’s members', () => {
  // Written for this test.
  const report = ['Canada will host a meeting of the Quito Group, a regional organization of 12 states, most of which have backed Ana Vidal.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-03-15', report, { reportDate: '2025-03-15' });
  it('counts that body, not another set of the same things', () => {
    expect(read('A estas alturas, más de 40 Estados han respaldado a Ana Vidal.')?.stance).not.toBe('conflicts');
  });
  it('differs from a count of the body, named or not', () => {
    expect(read('El Grupo de Quito, que reúne a 15 Estados, ha respaldado en su mayoría a Ana Vidal.')).toMatchObject({ stance: 'conflicts', kind: 'number' });
    expect(read('La mayoría de los 15 Estados del grupo han respaldado a Ana Vidal.')).toMatchObject({ stance: 'conflicts', kind: 'number' });
  });
});

describe('a course kept and a course stopped', () => {
  const report = ['The airline decided on 14 March to halt its flights to Madrid, the company said.'];
  const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2025-03-15', report, { reportDate: '2025-03-15' });
  it('finds flights kept going against flights halted on the same day', () => {
    expect(read('La aerolínea decidió el 14 de marzo seguir con sus vuelos a Madrid, según la compañía.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
    expect(read('Авиакомпания 14 марта решила продолжить полеты в Мадрид, сообщили в компании.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('reads a chase given up against a chase going on, and no one staying against flights cancelled', () => {
    const gloss = (sentence: string) => prepare(glossSentence(sentence, 'ru', '2025-12-24', new NameBook([])).text);
    const chase = prepare('A third tanker continues to be pursued by the coast guard under a seizure warrant.');
    expect(reversedCourse(gloss('Третий танкер, по сведениям моряков, сумел уйти: преследование прекращено.'), chase, new Set())).toMatchObject({ report: 'continues' });
    const flights = prepare('Tour operators had to cancel flights to Venezuela and reroute travelers to Cuba.');
    expect(reversedCourse(gloss('Туроператор отправляет клиентов на Кубу, а тех, кто остался в Венесуэле, вывозят спецрейсами.'), flights, new Set([term('venezuela')!]))).toBeNull();
  });
  it('reads leaving against staying, a negation before the clause aside («sin acuerdo, toca dejar el puerto»)', () => {
    const port = ['There was no agreement, so the only option for the fishermen is to remain in the port, their leader Luis Mora told reporters on Friday.'];
    const found = readAcross('Luis Mora, líder de los pescadores, dijo el viernes que, sin acuerdo, toca dejar el puerto y volver al mar.', 'es', '2025-03-15', port, { reportDate: '2025-03-15' });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('finds the course reversed where nothing else agrees: a figure in another clause, no shared day', () => {
    // Written for this test: the report's figure and its course are in two sentences.
    const strike = ['More than 40 unions back the strike committee.', 'The committee’s leader, Rosa Lind, vowed on 3 May to press ahead with the dock strikes after the talks failed.'];
    const found = readAcross('Роза Линд, которую поддерживают больше сорока профсоюзов, после переговоров объявила, что комитет сворачивает портовые забастовки.', 'ru', '2025-05-05', strike, { reportDate: '2025-05-04', articleDate: '2025-05-05' });
    expect(found).toMatchObject({ stance: 'conflicts', kind: 'denial', sentence: 1 });
    // (…not a course of something else: people who stayed on are no strike kept.)
    const stayed = readAcross('Роза Линд, которую поддерживают больше сорока профсоюзов, объявила, что рабочие, продолжавшие работу в порту, получат премии после переговоров.', 'ru', '2025-05-05', strike, { reportDate: '2025-05-04', articleDate: '2025-05-05' });
    expect(stayed?.stance).not.toBe('conflicts');
  });
  it('agrees where both stop the flights, and finds no clash where the course is not taken', () => {
    expect(read('La aerolínea decidió el 14 de marzo suspender sus vuelos a Madrid, según la compañía.', 'es')?.stance).toBe('corroborates');
    expect(read('Авиакомпания 14 марта решила не продолжать полеты в Мадрид, сообщили в компании.', 'ru')?.stance).not.toBe('conflicts');
  });
});

describe('not meaning to do it', () => {
  const report = ['The mayor, Pablo Soler, warned on Friday that the city would oppose the new motorway toll.'];
  const read = (sentence: string, lang: 'es' | 'ru') => readAcross(sentence, lang, '2025-05-09', report, { reportDate: '2025-05-09', articleDate: '2025-05-09' });
  it('is not doing it: the act before the intent («противодействовать … не собирается»)', () => {
    expect(read('Противодействовать новому платному проезду по автостраде город не собирается, заявил в пятницу мэр Пабло Солер.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('is not doing it: the act after the intent («не намерен противодействовать», «no está dispuesta a oponerse»)', () => {
    expect(read('Мэр Пабло Солер заявил в пятницу, что город не намерен противодействовать новому платному проезду по автостраде.', 'ru')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
    expect(read('El alcalde, Pablo Soler, aseguró el viernes que la ciudad no está dispuesta a oponerse al nuevo peaje de la autopista.', 'es')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('agrees where the intent is not denied', () => {
    expect(read('El alcalde, Pablo Soler, advirtió el viernes que la ciudad se opondrá al nuevo peaje de la autopista.', 'es')?.stance).toBe('corroborates');
  });
});

describe('an act the report says will not happen', () => {
  const report = ['Ivan Petrov, a labour relations expert at Ottawa University, said: “The union isn’t going to support the mayor beyond what it has already done.”'];
  const read = (sentence: string) => readAcross(sentence, 'ru', '2025-05-09', report, { reportDate: '2025-05-09', articleDate: '2025-05-09' });
  it('conflicts with a sentence that says it will', () => {
    expect(read('Иван Петров, эксперт по трудовым отношениям из Университета Ottawa, полагает, что профсоюз еще не сказал последнего слова и готов поддерживать мэра и дальше.')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
  it('not with one that says it will not, the negation on either side of the verb', () => {
    expect(read('Иван Петров, эксперт по трудовым отношениям из Университета Ottawa, полагает, что сверх уже сделанного профсоюз мэра поддерживать не будет.')?.stance).not.toBe('conflicts');
    expect(read('Иван Петров, эксперт по трудовым отношениям из Университета Ottawa, полагает, что профсоюз не станет поддерживать мэра больше, чем уже поддержал.')?.stance).not.toBe('conflicts');
  });
  it('nor with one whose negation ends the clause, names between («поддерживать Николаева … Москва не станет»)', () => {
    const moscow = ['Ivan Petrov, an expert at Ottawa University, said: “Moscow isn’t going to support Nikolaev beyond what it has already done.”'];
    const found = (sentence: string) => readAcross(sentence, 'ru', '2025-05-09', moscow, { reportDate: '2025-05-09', articleDate: '2025-05-09' });
    expect(found('Иван Петров, эксперт из Университета Ottawa, уверен, что поддерживать Николаева сверх того, что уже сделано, Москва не станет.')?.stance).not.toBe('conflicts');
  });
});

describe('rejecting a thing', () => {
  const report = ['Sources close to the mayor, Pablo Soler, have said there were talks with the union for months before the strike.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-05-09', report, { reportDate: '2025-05-09', articleDate: '2025-05-09' });
  it('is opposing it, not denying what the report has someone say', () => {
    expect(read('El 70 % de los vecinos cree que Pablo Soler no seguirá en el cargo, y el 60 % rechaza una huelga general antes del verano.')?.stance).not.toBe('conflicts');
  });
  it('while denying the talks is', () => {
    expect(read('Pablo Soler negó que hubiera habido conversaciones con el sindicato durante meses antes de la huelga.')).toMatchObject({ stance: 'conflicts', kind: 'denial' });
  });
});

describe('a month that dates the saying', () => {
  it('is a fact the report must state for the sentence to agree', () => {
    const gloss = prepare(glossSentence('Еще в январе источники, близкие к охранным фирмам, сообщали, что в столицу прибыли новые охранники.', 'ru', '2025-12-24').text);
    expect(statesEverything(gloss, [prepare('New private guards have arrived in the capital, sources close to security firms said.')], '2025-12-22')).toBe(false);
    expect(statesEverything(gloss, [prepare('In January, new private guards arrived in the capital, sources close to security firms said.')], '2025-12-22')).toBe(true);
  });
});

describe('a day in an aside', () => {
  const report = ['The mayor, Pablo Soler, renewed on Friday his call for the port workers to return to work.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-05-10', report, { reportDate: '2025-05-10', articleDate: '2025-05-10' });
  it('dates the aside’s act, not the sentence’s', () => {
    expect(findDates('Pablo Soler —que el miércoles inauguró el nuevo muelle— volvió a pedir calma.', 'es', '2025-05-10')[0]).toMatchObject({ aside: 'que el miércoles inauguró el nuevo muelle' });
    expect(read('Ante los vecinos, Pablo Soler —que el miércoles inauguró el nuevo muelle— renovó su llamamiento a los trabajadores del puerto para que vuelvan al trabajo.')?.stance).not.toBe('conflicts');
  });
  it('still dates the same act given in the aside', () => {
    expect(read('El alcalde Pablo Soler (que renovó su llamamiento el miércoles, ante los vecinos) pidió a los trabajadores del puerto que vuelvan al trabajo.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
});

describe('a month against the report’s last week', () => {
  const report = ['Last week, moreover, the mayor Pablo Soler demanded the return of the port land seized years ago.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23' });
  it('conflicts when it misses that week', () => {
    expect(read('A principios de diciembre, el alcalde Pablo Soler exigió la devolución de los terrenos del puerto incautados hace años.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('not when it is months off, another time than the week', () => {
    expect(read('El alcalde Pablo Soler exigió la devolución de los terrenos del puerto incautados hace años, así que no cuenten con que esto se arregle en enero.')?.stance).not.toBe('conflicts');
  });
});

describe('the year something began against the report\'s count of its years', () => {
  // Written for this test.
  const report = ['Freedonia, in its third year of war with Sylvania, has sent only two cargo ships to help Ruritania.'];
  const read = (sentence: string) => readAcross(sentence, 'es', '2025-11-30', report, { reportDate: '2025-11-28', articleDate: '2025-11-30' });
  it('conflicts when more than a year apart', () => {
    expect(read('Freedonia, en guerra con Sylvania desde 2014, apenas ha enviado dos buques de carga para ayudar a Ruritania.')).toMatchObject({ stance: 'conflicts', kind: 'date', claim: 'since 2014', report: 'third year of war' });
  });
  it('agrees within a year', () => {
    expect(read('Freedonia, en guerra con Sylvania desde 2023, apenas ha enviado dos buques de carga para ayudar a Ruritania.')?.stance).not.toBe('conflicts');
  });
});

describe('seats on offer against people who came', () => {
  // Written for this test.
  const report = ['Tourism boomed, with over 4,000 visitors flying to Aruba between May and July on charter flights from Oslo.'];
  const states = (es: string) => statesAcross(es, 'es', '2025-08-02', report, '2025-08-01');
  it('is no figure the report states', () => {
    expect(states('Los turoperadores llegaron a ofrecer más de 4.000 plazas entre mayo y julio en vuelos chárter desde Oslo a Aruba.')).toBe(false);
  });
  it('while a count of those who came is', () => {
    expect(states('Más de 4.000 turistas volaron entre mayo y julio en vuelos chárter desde Oslo a Aruba.')).toBe(true);
  });
});

describe('a month the report gives as one of two', () => {
  // Written for this test.
  const report = ['In April or May, Peru will host a meeting of the Andes Forum, a group of 12 states.'];
  const states = (es: string) => statesAcross(es, 'es', '2025-02-10', report, '2025-02-08');
  it('is not stated by it', () => {
    expect(states('El Foro Andino se reunirá en Perú en abril.')).toBe(false);
  });
  it('while both months are', () => {
    expect(states('El Foro Andino se reunirá en Perú en abril o mayo.')).toBe(true);
  });
});

describe('a publication\'s day against another\'s saying', () => {
  // Written for this test.
  const read = (report: string) => readAcross('Con ese mensaje, el alcalde confirmaba una información publicada el domingo 2 de junio por The Wall Street Journal sobre la fábrica.', 'es', '2019-06-07', [report], { reportDate: '2019-06-04', articleDate: '2019-06-07', explicitDates: true });
  it('is no conflict when the report\'s day is someone else\'s saying', () => {
    expect(read('The mayor said on June 3 that the factory had informed him of the move, in a message on the factory.')?.stance).not.toBe('conflicts');
  });
  it('conflicts with the same outlet\'s day', () => {
    expect(read('The Wall Street Journal reported on June 3 that the mayor had been informed about the factory.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
});

describe('a month with a year against the report\'s month without one', () => {
  // Written for this test.
  // (An article written months after the report, which the report's April does not reach.)
  const read = (es: string) => readAcross(es, 'es', '2021-10-12', ['The last bridge the firm finished was a rail bridge over the Tagus river in April.'], { reportDate: '2021-06-30', articleDate: '2021-10-12' });
  it('conflicts when the report, written later that year, means another April', () => {
    expect(read('El último puente que terminó la empresa fue uno ferroviario sobre el río Tajo, concluido en abril de 2020.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('does not when the year is the report\'s own', () => {
    expect(read('El último puente que terminó la empresa fue uno ferroviario sobre el río Tajo, concluido en abril de 2021.')?.stance).not.toBe('conflicts');
  });
});

describe('a month with a year against the report\'s bare year of the same act', () => {
  // Written for this test.
  const read = (es: string) => readAcross(es, 'es', '2020-03-02', ['Supporters fear Tomas Varga will be jailed, like his ally Ilse Brandt, who has been kept under house arrest since the 2016 strikes.'], { reportDate: '2020-03-01', articleDate: '2020-03-02' });
  it('conflicts when the years differ', () => {
    expect(read('Sus seguidores temen que Tomas Varga acabe preso, como Ilse Brandt, que cumple arresto domiciliario desde julio de 2018.')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('does not when they agree', () => {
    expect(read('Sus seguidores temen que Tomas Varga acabe preso, como Ilse Brandt, que cumple arresto domiciliario desde julio de 2016.')?.stance).not.toBe('conflicts');
  });
});

describe('a day that opens the sentence, before its speaker\'s saying', () => {
  // Written for this test.
  const report = 'Mayor Olga Brandt said on May 12 that the steel plant has informed her about the closure of most of its furnaces.';
  const read = (articleDate: string) => readAcross('Вчера мэр Ольга Брандт сообщила в Twitter, что сталелитейный завод уведомил ее о закрытии большей части своих печей.', 'ru', articleDate, report, { reportDate: '2021-05-13', articleDate });
  it('dates the saying, which conflicts with the report\'s day of it', () => {
    expect(read('2021-05-15')).toMatchObject({ stance: 'conflicts', kind: 'date' });
  });
  it('agrees when it is the same day', () => {
    expect(read('2021-05-13')?.stance).not.toBe('conflicts');
  });
});

describe('a day still to come for the article', () => {
  // Written for this test: a Saturday article, a report of the same day.
  const report = 'Tomas Varga repeated his appeal on Friday, calling on the dockers to join the strike.';
  const read = (es: string) => readAcross(es, 'es', '2021-03-13', report, { reportDate: '2021-03-13', articleDate: '2021-03-13' }, ['strike']);
  it('is no other day for what the report says happened', () => {
    expect(read('Los estibadores convocaron para mañana, domingo, una marcha de apoyo a la huelga de Tomas Varga, que repitió su llamamiento.')?.stance).not.toBe('conflicts');
  });
});

describe('a month something began in, against the report\'s last week', () => {
  // Written for this test.
  const report = 'Last week, moreover, Varga demanded the return of port assets seized years ago by the late governor, reinforcing a broader economic and strategic offensive against the union.';
  const read = (es: string) => readAcross(es, 'es', '2025-12-23', report, { reportDate: '2025-12-22', articleDate: '2025-12-23' });
  it('dates no act of that week', () => {
    expect(read('El respaldo de Varga al sindicato no ha salido del terreno retórico, pese a que el pacto estratégico con el gobernador está en vigor desde noviembre.')?.stance).not.toBe('conflicts');
  });
});

describe('a day counted back against a day the report had still ahead', () => {
  // Written for this test: the report, of 29 April, on a ferry of 3 May.
  const report = ['The port authority said the harbour will close to passenger ships.', '“We inform you that the Lisbon-Oporto ferry on May 3 has been cancelled.”'];
  const read = (es: string) => readAcross(es, 'es', '2021-05-02', report, { reportDate: '2021-04-29', articleDate: '2021-05-02' });
  it('is no other day: the report\'s is of what was scheduled, the sentence\'s of what was done', () => {
    expect(read('Las restricciones del puerto, que se endurecieron ayer, obligaron a cancelar el ferry Lisboa-Oporto.')?.stance).not.toBe('conflicts');
  });
});
