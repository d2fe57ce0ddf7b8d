import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDB } from '../corpus/db.ts';
import { pageSnapshot as page, seededDB } from '../../tests/support/unit.ts';
import { analyzeArticle } from './analyze.ts';
import { aboutReportYear, groundedAgreement, inPeriod, rarePlacesShared, yearWrittenBefore } from './across-languages.ts';
import { glossSentence } from '../crosslang/gloss.ts';
import { prepare } from '../verify/verify.ts';
import { term } from '../text/tokens.ts';

describe('Spanish and Russian articles, compared across languages', () => {
  let db: CorpusDB;
  beforeAll(async () => {
    db = await seededDB();
  });

  it('recognises a Spanish article of the story (its page says lang="en") and shows the differing figure as written', async () => {
    const r = await analyzeArticle(db, page('pages/related-es-crosslang.html'));
    expect(r).toMatchObject({ related: true, language: 'es', languageSupported: true });
    const ships = r.claims.find((c) => /buques de guerra/.test(c.text))!;
    expect(ships.verdict).toBe('conflicts');
    expect(ships.evidence[0]!.values).toEqual([{ claim: 'ocho buques', report: '11 warships' }]);
    expect(ships.evidence[0]!.passage).toMatch(/11 warships and 15,000 troops/);
    const cars = r.claims.find((c) => /vehículos/.test(c.text))!;
    expect(cars.verdict).toBe('corroborates');
    expect(cars.evidence[0]!.passage).toMatch(/More than 10 vehicles/);
  });

  it('lists sentences without a figure, date or name as not compared, never with a verdict', async () => {
    const r = await analyzeArticle(db, page('pages/related-es-crosslang.html'));
    const mood = 'El ambiente en la capital es de una calma tensa y muchos comercios bajaron sus persianas antes de tiempo.';
    expect(r.crossLanguage?.notComparedSentences).toContain(mood);
    expect(r.claims.some((c) => c.text === mood)).toBe(false);
    expect(r.crossLanguage?.compared).toBe(r.claims.length);
  });

  it('reads a Russian article: declined numerals and names, the figure shown as written', async () => {
    const r = await analyzeArticle(db, page('pages/related-ru-crosslang.html'));
    expect(r).toMatchObject({ related: true, language: 'ru' });
    const cars = r.claims.find((c) => /машин/.test(c.text))!;
    expect(cars.verdict).toBe('corroborates');
    expect(cars.evidence[0]!.reasons[0]).toMatch(/десяти машин/);
  });

  it('reads a Spanish article whose words are also names of object properties ("constructor") without failing', async () => {
    const paragraphs = [
      'El constructor que trabaja junto a la embajada rusa en Caracas contó que el lunes por la mañana vio más de diez vehículos con matrícula diplomática en el patio.',
      'Según un funcionario de inteligencia europeo citado por la AP, Rusia empezó el viernes a evacuar a las familias de sus diplomáticos en Venezuela.',
    ];
    const r = await analyzeArticle(db, { title: 'Rusia evacúa a las familias de sus diplomáticos en Venezuela', text: paragraphs.join('\n\n'), paragraphs, publishedTime: '2025-12-23', language: 'es' });
    expect(r).toMatchObject({ related: true, language: 'es' });
    expect(r.claims.find((c) => /constructor/.test(c.text))?.verdict).toBe('corroborates');
  });

  it('stays silent on a Spanish article about another event between the same countries', async () => {
    const paragraphs = [
      'La petrolera estatal rusa Rosneft firmó en Caracas un acuerdo con PDVSA para ampliar la producción en la Faja del Orinoco, informó el ministerio de Petróleo venezolano.',
      'El convenio, valorado en 600 millones de dólares, prevé perforar cuarenta pozos nuevos a lo largo de los próximos tres años.',
      'El ministro venezolano dijo que el crudo extra se venderá sobre todo en Asia.',
    ];
    const r = await analyzeArticle(db, { title: 'Rosneft y PDVSA pactan más crudo en el Orinoco', text: paragraphs.join('\n\n'), paragraphs, publishedTime: '2025-11-05', language: 'es' });
    expect(r).toMatchObject({ related: false, language: 'es', claims: [] });
  });

  it('stays silent on an article years away from every report, unless it names their year', async () => {
    // Lavrov in Caracas with the same words as the story, but in 2023: another visit, not this story.
    const paragraphs = [
      'El canciller ruso, Serguéi Lavrov, llegó a Caracas y se reunió con Nicolás Maduro en el palacio de Miraflores, informó la Cancillería venezolana.',
      'Lavrov afirmó que Rusia seguirá apoyando a Venezuela frente a las sanciones de Estados Unidos y a las provocaciones de Washington.',
      'Maduro agradeció el respaldo de Moscú y habló de una alianza estratégica con el Kremlin.',
    ];
    const article = (publishedTime: string, extra = '') => ({ title: 'Lavrov visita Caracas', text: paragraphs.join('\n\n') + extra, paragraphs: extra ? [...paragraphs, extra] : paragraphs, publishedTime, language: 'es' });
    const inStory = await analyzeArticle(db, article('2025-12-22'), { maxClaims: 0 });
    const later = await analyzeArticle(db, article('2023-04-18'), { maxClaims: 0 });
    expect(later.related).toBe(false);
    expect(later.relatedness).toBeLessThan(inStory.relatedness);
    // A retrospective comes back to the year it looks back on: its reports stay in reach.
    const retrospective = await analyzeArticle(db, article('2023-04-18', 'Ya en enero de 2019 Moscú había enviado apoyo a Maduro, y todo 2019 fue de visitas.'), { maxClaims: 0 });
    expect(retrospective.relatedness).toBeGreaterThan(later.relatedness);
    // (…not a year said once in passing.)
    const passing = await analyzeArticle(db, article('2023-04-18', 'Maduro gobierna con el apoyo de Moscú desde antes de 2019.'), { maxClaims: 0 });
    expect(passing.related).toBe(false);
    expect(passing.relatedness).toBeLessThan(retrospective.relatedness);
  });

  it('stays silent on an article of the same weeks and people about another event: shared names are not a shared story', async () => {
    // January 2019, Maduro, Guaidó, Pompeo, Padrino López, the Kremlin: all in the report of that week,
    // but this is a court case over the Citgo refinery, not diplomats leaving or Russians arriving.
    // Read with names counting as much as words, it scored 0.31 against a threshold of 0.24.
    const paragraphs = [
      'Un tribunal de Delaware autorizó este jueves a los acreedores de Venezuela a embargar las acciones de Citgo, la filial de refinación de PDVSA en Texas, informaron abogados de las partes.',
      'El equipo de Juan Guaidó celebró el fallo y pidió a Nicolás Maduro que deje de usar la empresa como caja chica.',
      'Mike Pompeo dijo en Washington que el Departamento de Estado respeta la decisión de los jueces y que Citgo debe quedar en manos del pueblo venezolano.',
      'Desde Caracas, el ministro de Defensa Vladimir Padrino López calificó la sentencia de robo y Moscú, a través del Kremlin, la llamó una agresión contra un gobierno legítimo.',
      'Maduro, que se considera presidente legítimo frente a Guaidó, anunció que apelará ante la corte federal.',
    ];
    const r = await analyzeArticle(db, { title: 'Un juez de Delaware abre la puerta al embargo de Citgo que reclama Guaidó', text: paragraphs.join('\n\n'), paragraphs, publishedTime: '2019-01-31', language: 'es' }, { maxClaims: 0 });
    expect(r.related).toBe(false);
  });


  it('takes the verifier\'s word that a sentence says the same only with enough of it shared, a name counting once', () => {
    const gloss = (es: string) => {
      const g = glossSentence(es, 'es', '2019-01-26');
      return [prepare(g.text), g.anchors.names] as const;
    };
    // One man by his name and his title, and nothing of what he does.
    const [blame, names] = gloss('Donald Trump y su secretario de Estado, Mike Pompeo, acusan a Moscú de que Maduro siga aferrado al poder.');
    expect(groundedAgreement(blame, prepare('Secretary of State Mike Pompeo is to attend a Security Council session in New York on Saturday.'), names, new Set())).toBe(false);
    expect(groundedAgreement(blame, prepare('Both Trump and his secretary of state have accused Moscow of keeping Maduro in power.'), names, new Set())).toBe(true);
    // Four words of what happened, no name; three are not enough.
    const [left, none] = gloss('Contratistas de seguridad privada rusos llegaron a Caracas en los últimos días para reforzar la protección del presidente.');
    expect(groundedAgreement(left, prepare('Private security contractors from Russia arrived in Caracas in recent days to bolster the protection of the president.'), none, new Set())).toBe(true);
    expect(groundedAgreement(left, prepare('Private contractors were seen in Caracas.'), none, new Set())).toBe(false);
    // A man's title beside his name is the man again: the foreign minister denouncing is not the foreign
    // minister being assured of support.
    const [denounced, gil] = gloss('El ministro de Exteriores venezolano, Yván Gil, volvió a hablar de «agresiones» contra su país.');
    expect(groundedAgreement(denounced, prepare('Foreign Minister Yván Gil said Moscow assured him of its support against imperialist aggression.'), gil, new Set())).toBe(false);
    expect(groundedAgreement(denounced, prepare('Foreign Minister Yván Gil again spoke of aggressions against his country.'), gil, new Set())).toBe(true);
  });
  it('counts a place the reports seldom name, shared by the passage, as a name: not the story\'s own countries', () => {
    const g = glossSentence('Следом был задержан Centuries под панамским флагом — по данным американских СМИ, судно связано с Китаем.', 'ru', '2025-12-22');
    const generic = new Set(g.anchors.places.flatMap((p) => p.toLowerCase().split(/\s+/)).map((w) => term(w)).filter((t): t is string => !!t));
    const passage = 'Among the most relevant cases is the seizure of the tanker Skipper last December 10, as well as the Centuries, the latter with a Panamanian flag linked to China.';
    const report = `U.S. forces seized tankers off Venezuela. ${passage} Venezuela protested.`;
    const places = rarePlacesShared(g.anchors.places, passage, [report]);
    expect(places).toBe(2);
    expect(groundedAgreement(prepare(g.text), prepare(passage), g.anchors.names, generic, places)).toBe(true);
    // In a story about China and Panama, they are in every other sentence: they tell nothing, and one name and a word are not enough.
    const chinese = [`${report} China and Panama signed… Panama and China warned… China and Panama met… Panama and China agreed.`];
    expect(groundedAgreement(prepare(g.text), prepare(passage), g.anchors.names, generic, rarePlacesShared(g.anchors.places, passage, chinese))).toBe(false);
  });

  /** The claim an article of `lead` paragraphs ends with, `sentence`, as the sidebar gives it. */
  const closing = async (lead: readonly string[], sentence: string, article: { title: string; publishedTime: string; language: 'es' | 'ru' }) => {
    const paragraphs = [...lead, sentence];
    const r = await analyzeArticle(db, { ...article, text: paragraphs.join('\n\n'), paragraphs });
    return r.claims.find((c) => c.text === sentence);
  };
  const evacuation = { title: 'Россия вывозит семьи дипломатов из Венесуэлы', publishedTime: '2025-12-23', language: 'ru' } as const;

  it('gives no agreement to a day told from another event, which no date can check, and agrees on the weekday', async () => {
    const lead = [
      'Москва начала вывозить из Каракаса жен и детей своих дипломатов, передает Associated Press со ссылкой на собеседника в европейской разведке.',
      'В МИД России эти сведения назвали западной провокацией и призвали сохранять бдительность.',
    ];
    const call = 'глава МИД Венесуэлы Иван Хиль обсудил по телефону с Сергеем Лавровым давление Вашингтона, и тот пообещал Каракасу поддержку против «империалистической агрессии».';
    const verdictOf = async (sentence: string) => (await closing(lead, sentence, evacuation))?.verdict;
    expect(await verdictOf(`В понедельник ${call}`)).toBe('corroborates');
    expect(await verdictOf(`На следующий день после того, как начался отъезд семей, ${call}`)).not.toBe('corroborates');
  });

  it('gives no agreement at another time of the same day, and a conflict to a sentence that sets the report\'s account aside', async () => {
    const lead = [
      'Москва начала вывозить из Каракаса жен и детей своих дипломатов, передает Associated Press со ссылкой на собеседника в европейской разведке.',
      'Глава МИД Венесуэлы Иван Хиль сообщил, что обсудил ситуацию по телефону с Сергеем Лавровым.',
    ];
    const verdictOf = async (sentence: string) => (await closing(lead, sentence, evacuation))?.verdict;
    expect(await verdictOf('В понедельник утром очевидцы в Каракасе заметили необычное оживление у посольства России.')).toBe('corroborates');
    expect(await verdictOf('В понедельник вечером очевидцы в Каракасе заметили необычное оживление у посольства России.')).not.toBe('corroborates');
    const protests = ['Госсекретарь США Майк Помпео в субботу выступит в Совете Безопасности ООН и призовет признать Хуана Гуайдо временным президентом Венесуэлы.', 'Глава МИД России Сергей Лавров в пятницу пообещал, что Москва будет противостоять «деструктивной политике» США.'];
    const crisis = { title: 'Венесуэла: кризис власти', publishedTime: '2019-01-26', language: 'ru' } as const;
    expect((await closing(protests, 'С начала протестов во вторник погибли не менее 14 человек, сообщают венесуэльские правозащитные организации.', crisis))?.verdict).toBe('corroborates');
    const corrected = (await closing(protests, 'С начала протестов во вторник погибли не менее 14 человек, и эти данные приводят не правозащитные организации, а генпрокуратура.', crisis))!;
    expect(corrected.verdict).toBe('conflicts');
    // (Both accounts side by side, the article's as written.)
    expect(corrected.evidence[0]!.values).toEqual([{ claim: 'не правозащитные организации', report: 'NGOs' }]);
  });

  it('gives a conflict to a sentence that asks for one thing "en lugar de" the one the report has asked for', async () => {
    const lead = [
      'Trump anunció el bloqueo de los petroleros sancionados que entren o salgan de Venezuela.',
      'Rusia pidió a Washington evitar un «error fatal» en el Caribe.',
    ];
    const article = { title: 'Trump endurece la presión sobre Maduro', publishedTime: '2025-12-23', language: 'es' } as const;
    const asked = 'La semana pasada Trump exigió que se devuelvan a las petroleras estadounidenses los activos que les confiscaron Hugo Chávez y Maduro.';
    expect((await closing(lead, asked, article))?.verdict).toBe('corroborates');
    const instead = (await closing(lead, 'La semana pasada Trump exigió una compensación para las petroleras estadounidenses en lugar de pedir la devolución de los activos que les confiscaron Hugo Chávez y Maduro.', article))!;
    expect(instead.verdict).toBe('conflicts');
  });

  it('gives no entity conflict for a stranger who only heads the body that acts', async () => {
    const lead = [
      'Trump escribió el lunes en Twitter que Rusia le había informado de que retiró a la mayoría de su gente de Venezuela.',
      'Según The Wall Street Journal, la corporación estatal rusa Rostec redujo su personal en el país a unas pocas decenas.',
    ];
    const article = { title: 'Trump: Rusia retiró a su gente de Venezuela', publishedTime: '2019-06-04', language: 'es' } as const;
    const headed = (await closing(lead, 'Rostec, que dirige Serguéi Chémezov, desmintió al periódico neoyorquino.', article))!;
    expect(headed.evidence.find((e) => e.stance === 'conflicts')).toBeUndefined();
  });

  it('gives no agreement to a sentence that names a country no report names: it says more than any report', async () => {
    const lead = [
      'Donald Trump escribió el lunes en Twitter que Rusia le había informado de que retiró a la mayoría de su gente de Venezuela.',
      'Según The Wall Street Journal, la corporación estatal rusa Rostec redujo su personal en el país a unas pocas decenas.',
    ];
    const verdictOf = async (sentence: string) => (await closing(lead, sentence, { title: 'Trump: Rusia retiró a su gente de Venezuela', publishedTime: '2019-06-05', language: 'es' }))?.verdict;
    expect(await verdictOf('Más de 50 países, entre ellos Estados Unidos, reconocen a Guaidó como presidente legítimo.')).toBe('corroborates');
    expect(await verdictOf('Más de 50 países, Guatemala entre ellos, reconocen a Guaidó como presidente legítimo.')).not.toBe('corroborates');
    // (…also one whose English name ends like a people's word: "Taiwan", "Vatican".)
    expect(await verdictOf('Más de 50 países, Taiwán entre ellos, reconocen a Guaidó como presidente legítimo.')).not.toBe('corroborates');
    // (A people's adjective says whose outlet speaks: «испанская газета», "el diario británico".)
    expect(await verdictOf('El diario británico The Guardian recuerda que más de 50 países, entre ellos Estados Unidos, reconocen a Guaidó como presidente legítimo.')).toBe('corroborates');
  });

  it('sets no count made somewhere the report\'s count is not of against it', async () => {
    const lead = [
      'Rusia empezó a sacar de Venezuela a sus turistas en vuelos especiales, según la asociación de touroperadores rusa.',
      'Pegas Touristik canceló su vuelo de Moscú a Porlamar y lo cambió por uno a Varadero.',
    ];
    const verdictOf = async (sentence: string) => (await closing(lead, sentence, { title: 'Rusia repatría a sus turistas de Margarita', publishedTime: '2025-11-27', language: 'es' }))?.verdict;
    expect(await verdictOf('Entre agosto y noviembre, unos 300 turistas rusos viajaron a la isla de Margarita en vuelos chárter desde Moscú.')).toBe('conflicts');
    expect(await verdictOf('En Cusco, la cámara de hoteleros informó que unos 300 turistas rusos tienen reservas en la ciudad para diciembre y enero.')).not.toBe('conflicts');
    // (…nor somewhere a report names, but not where the report makes its count.)
    expect(await verdictOf('En Varadero, una agencia local informó que tiene reservas de unos 300 turistas rusos para diciembre.')).not.toBe('conflicts');
  });

  it('gives no agreement to a year the agreeing report does not give beside its passage or of the same people', async () => {
    const lead = [
      'Juan Guaidó se proclamó presidente interino de Venezuela y Estados Unidos lo reconoció de inmediato.',
      'Rusia calificó de golpe de Estado lo ocurrido en Caracas y prometió apoyo a Nicolás Maduro.',
    ];
    const verdictOf = async (sentence: string) => (await closing(lead, sentence, { title: 'Guaidó pide a los militares que lo apoyen', publishedTime: '2019-01-26', language: 'es' }))?.verdict;
    expect(await verdictOf('Los altos mandos del ejército venezolano, entre ellos el ministro de Defensa, Vladimir Padrino, siguen por ahora del lado de Maduro.')).toBe('corroborates');
    // (The report's 2014 is another man's: Leopoldo López, under house arrest since then.)
    expect(await verdictOf('Los altos mandos del ejército venezolano, entre ellos el ministro de Defensa, Vladimir Padrino, en el cargo desde 2014, siguen por ahora del lado de Maduro.')).toBe('discusses');
  });

  it('gives no agreement to a sentence that gives a part to someone no report has heard of, but does to one an outlet relays', async () => {
    const lead = [
      'Donald Trump escribió el lunes en Twitter que Rusia le había informado de que retiró a la mayoría de su gente de Venezuela.',
      'Más de 50 países reconocen a Guaidó como presidente legítimo de Venezuela.',
    ];
    const verdictOf = async (sentence: string) => (await closing(lead, sentence, { title: 'Rostec reduce su presencia en Venezuela', publishedTime: '2019-06-05', language: 'es' }))?.verdict;
    expect(await verdictOf('Rostec construyó en marzo un centro de entrenamiento para helicópteros militares.')).toBe('corroborates');
    // (A maker the reports never name: the sentence says more than they do.)
    expect(await verdictOf('Rostec construyó en marzo, con ayuda de la firma Kamov, un centro de entrenamiento para helicópteros militares.')).toBe('discusses');
    // (An outlet that relays the fact is no part of it.)
    expect(await verdictOf('El último contrato de Rostec en Venezuela fue un centro de entrenamiento de helicópteros militares, terminado en marzo, recuerda el portal Infodefensa.')).toBe('corroborates');
  });
});

describe('the period an article can be about', () => {
  const report = { published: '2019-06-03' };
  it('is a year either side of its date, or a year it names more than once, with a month or counts back to', () => {
    expect(inPeriod('2019-12-01', 'El tuit de Trump.')(report)).toBe(true);
    expect(inPeriod('2020-06-07', 'El tuit de Trump.')(report)).toBe(false);
    expect(inPeriod('2020-06-07', 'En junio de 2019, el tuit de Trump. Aquel 2019 fue largo.')(report)).toBe(true);
    // (A year said once in passing: "the interim government he had led since 2019" in a 2023 article.)
    expect(inPeriod('2023-04-28', 'Гуайдо возглавлял временное правительство с 2019 года.')(report)).toBe(false);
    // (…but once with its month, it is the time the article is about: a film shot «в последнюю неделю января 2019 года».)
    expect(inPeriod('2020-11-12', 'Фильм целиком снят в Каракасе в последнюю неделю июня 2019 года.')(report)).toBe(true);
    expect(inPeriod('2020-11-12', 'La película se rodó en Caracas a finales de junio de 2019.')(report)).toBe(true);
    expect(inPeriod('2020-06-07', 'Hoy hace justo un año, Trump escribió en Twitter.')(report)).toBe(true);
    expect(inPeriod('2021-06-07', 'Hace dos años, Trump escribió en Twitter.')(report)).toBe(true);
    expect(inPeriod('2020-06-07', 'Ровно год назад Трамп написал в Twitter.')(report)).toBe(true);
    expect(inPeriod('2022-06-07', 'Ровно год назад Трамп написал в Twitter.')(report)).toBe(false);
  });
});

describe('the year a passage is about', () => {
  const tour = [
    'Guion para guías · Versión del sábado 25 de enero de 2025',
    'PARADA 1. El miércoles 23 de enero de 2019, en esta avenida, Juan Guaidó se juramentó como presidente encargado.',
    'PARADA 2. El atamán cosaco calculó que había en Venezuela unos cuatro mil mercenarios rusos.',
  ];
  it('is that of the last date written before it, not of a year said in passing', () => {
    expect(yearWrittenBefore(tour, 2, 10)).toBe('2019');
    expect(yearWrittenBefore(tour, 0, 5)).toBeNull();
    expect(yearWrittenBefore(['Знакомая прислала фотографии. То же самое я слышал в 2019-м, когда «Ростех» всё опровергал.', 'А в понедельник Хиль созвонился с Лавровым.'], 1, 0)).toBeNull();
    expect(yearWrittenBefore(['Этикетка. 2.VI.2019. Твит президента.', 'В этот день…'], 1, 0)).toBe('2019');
  });
  it('lets a retrospective conflict with a report of that year, unless the sentence speaks of now', () => {
    const report = { published: '2019-01-25' };
    expect(aboutReportYear(report, tour[2]!, yearWrittenBefore(tour, 2, 10))).toBe(true);
    expect(aboutReportYear(report, 'Hoy son unos cuatro mil.', '2019')).toBe(false);
    expect(aboutReportYear(report, 'En 2019 eran cuatro mil.', null)).toBe(true);
    expect(aboutReportYear({ published: '2025-12-22' }, tour[2]!, '2019')).toBe(false);
  });
});
