import { describe, expect, it } from 'vitest';
import { glossSentence } from './gloss.ts';
import { NameBook } from './names.ts';
import { prepare } from '../verify/verify.ts';

// How a sentence reads in English words: what the English verifier then compares with the reports.
describe('the English gloss of a sentence', () => {
  it('reads who spoke with whom, and who ended up owning up to something, as English news writes it', () => {
    expect(glossSentence('Премьер поговорил по телефону с президентом Перу.', 'ru', null).text).toContain('spoke');
    expect(glossSentence('El ministro habló el lunes con su homólogo.', 'es', null).text).toContain('spoke');
    // The speaker stays beside the verb ("Ministry eventually admitted"): the denial readings need the two together.
    const { text } = glossSentence('Algo que la Cancillería rusa ha terminado por admitir.', 'es', null);
    expect(text).toContain('eventually admitted');
    expect(prepare(text).stances).toEqual([expect.objectContaining({ denies: false })]);
  });

  it('keeps the currency sign with its figure, as English writes it', () => {
    const { text } = glossSentence('La fiscalía ofrece una recompensa de US$ 25 millones por el general.', 'es', null);
    expect(text).toContain('$25 million');
    expect(prepare(text).figures[0]).toMatchObject({ value: 25_000_000, unit: '$' });
    // Dominican or Mexican pesos are no dollars.
    const pesos = glossSentence('Washington pone precio a su captura: RD$3,100 millones.', 'es', null).text;
    expect(pesos).toContain('3.1 billion pesos');
    expect(prepare(pesos).figures[0]?.unit).not.toBe('$');
  });

  it('spells a body the word lists know as the reports spell it ("АТОР" / "ATORUS"), a country as itself', () => {
    const book = new NameBook(['ATORUS said the flights to Cuba and the Cuban resorts would go on.']);
    expect(glossSentence('Как сообщила АТОР, рейсы будут.', 'ru', null, book).anchors.names).toContain('ATORUS');
    expect(glossSentence('Los vuelos irán a Cuba, según la asociación.', 'es', null, book).text).toContain('Cuba');
    expect(glossSentence('Los vuelos irán a Cuba, según la asociación.', 'es', null, book).text).not.toContain('Cuban');
  });

  it('reads Latin words side by side in a Russian sentence as one name, without an English "The"', () => {
    expect(glossSentence('Туроператор Anex Tour отменил рейс.', 'ru', null).anchors.names).toEqual(['Anex Tour']);
    expect(glossSentence('Об этом пишет газета The Washington Post.', 'ru', null).anchors.names).toEqual(['Washington Post']);
    // Not in Spanish, where every name is in Latin letters: "Anna Podgórnaya" stays a first name and a surname.
    expect(glossSentence('Lo dijo la directora Anna Podgórnaya.', 'es', null).anchors.names).toEqual(['Anna', 'Podgornaya']);
  });

  it('reads non-governmental organisations as NGOs, not as a negation', () => {
    const { text } = glossSentence('Hay al menos catorce muertos, según organizaciones no gubernamentales.', 'es', null);
    expect(text).toContain('NGOs');
    expect(prepare(text).negations).toBe(0);
  });

  it('reads "asked not to be named" as the anonymity English news grants, not as a negation', () => {
    for (const [sentence, lang] of [['Lo dijo un funcionario que pidió no ser identificado.', 'es'], ['Об этом сообщил чиновник, попросивший не называть его имени.', 'ru']] as const) {
      const { text } = glossSentence(sentence, lang, null);
      expect(text).toContain('anonymity');
      expect(prepare(text).negations).toBe(0);
    }
  });

  it('reads "at least" where "less" follows a "not" ("не менее 14", "no menos de 14")', () => {
    expect(glossSentence('Погибли не менее 14 человек.', 'ru', null).text).toContain('at least 14');
    expect(glossSentence('Murieron no menos de 14 personas.', 'es', null).text).toContain('at least 14');
    expect(glossSentence('Murieron menos de 14 personas.', 'es', null).text).toContain('fewer than 14');
  });

  it('counts what a figure before a comma counts, the comma after the noun', () => {
    const { text } = glossSentence('Llegaron muchos coches al patio: ni siquiera una decena, según un vecino.', 'es', null);
    expect(prepare(text).figures).toEqual([expect.objectContaining({ unit: 'car', value: 10 })]);
  });

  it('tells a form from another word of its stem ("publicó" published, "público" public)', () => {
    expect(glossSentence('El diario publicó la noticia el lunes.', 'es', null).text).toContain('published');
    expect(glossSentence('Lo dijo en un acto público.', 'es', null).text).toContain('public');
    expect(glossSentence('Lo dijo en un acto público.', 'es', null).text).not.toContain('published');
  });

  it('names countries as English news does ("Турция" is Turkey)', () => {
    expect(glossSentence('Мадуро поддержали Китай и Турция.', 'ru', null).anchors.places).toContain('Turkey');
  });

  it('counts no "one of" and counts people as who they are', () => {
    const { text } = glossSentence('Атаман одного из казачьих объединений оценивал число наемников в стране примерно в 400 человек.', 'ru', null);
    expect(prepare(text).figures.map((f) => [f.value, f.units[0]])).toEqual([[400, 'mercenari']]);
    expect(prepare(glossSentence('Uno de los líderes calculó que llegaron unos 400 mercenarios.', 'es', null).text).figures.map((f) => f.value)).toEqual([400]);
  });

  it('reads "признают" as recognising someone named before it as a leader, not as admitting', () => {
    expect(glossSentence('Гуайдо законным лидером Венесуэлы признают более 50 государств.', 'ru', null).text).toContain('recognized');
    expect(glossSentence('В компании признают, что сокращения были.', 'ru', null).text).toContain('admitted');
  });

  it('reads each part of a hyphenated pair of names ("Moscú-Porlamar")', () => {
    expect(glossSentence('El chárter Moscú-Porlamar sale los sábados.', 'es', null).text).toContain('Moscow-Porlamar');
  });

  it('counts nothing past a comma: "más de 3.000, todos en vuelos" is no count of flights', () => {
    const { text } = glossSentence('Ese mes llegaron más de 3.000, todos en vuelos directos.', 'es', null);
    expect(prepare(text).figures).toEqual([]);
  });

  it('takes the listed word as written over another word of its stem ("visitantes" are visitors, not a visit)', () => {
    expect(glossSentence('Llegaron 900 visitantes alemanes a la isla.', 'es', null).text).toContain('900 visitors');
  });

  it('counts "человек" as the people the sentence named before the figure ("военнослужащих … 9 тыс. человек")', () => {
    const { text } = glossSentence('Общая численность военнослужащих в регионе достигает 9 тыс. человек.', 'ru', null);
    expect(prepare(text).figures[0]).toMatchObject({ value: 9000, unit: 'serviceman' });
    // Without a noun before it, "человек" stays people.
    expect(prepare(glossSentence('На площадь вышли 9 тыс. человек.', 'ru', null).text).figures[0]).toMatchObject({ unit: 'peopl' });
  });

  it('keeps a name written in Latin letters in a Russian sentence as written ("AP", "WSJ")', () => {
    const { text, anchors } = glossSentence('По словам собеседника AP и газеты WSJ, вывоз начался в пятницу.', 'ru', null);
    expect(anchors.names).toEqual(expect.arrayContaining(['AP', 'WSJ']));
    expect(text).toMatch(/\bAP\b/);
  });

  it('reads owning up to something as admitting it, and recognising someone as recognising', () => {
    expect(glossSentence('В «Ростехе» сокращение признали, но назвали его плановым.', 'ru', null).text).toMatch(/\badmitted\b/);
    expect(glossSentence('Zajárova reconoció en su rueda de prensa que algunas familias habían regresado.', 'es', null).text).toMatch(/\badmitted\b/);
    expect(glossSentence('Más de 50 países reconocen a Guaidó como presidente.', 'es', null).text).toMatch(/\brecognized\b/);
    expect(glossSentence('США признали Гуайдо временным президентом.', 'ru', null).text).toMatch(/\brecognized\b/);
  });

  it('reads "без малого" as nearly and a "контингент … человек" as troops', () => {
    expect(glossSentence('У берегов стоит без малого десяток кораблей.', 'ru', null).text).toContain('nearly 10');
    expect(prepare(glossSentence('Контингент численностью порядка 10 тыс. человек.', 'ru', null).text).figures[0]).toMatchObject({ value: 10000, unit: 'conting' });
  });

  it('keeps the "that" of a day told about, and tells telling from counting', () => {
    expect(glossSentence('Los vecinos contaron que el domingo salieron diez coches de la embajada.', 'es', '2025-12-25').text).toMatch(/\btold that Sunday\b/);
    expect(glossSentence('Жители рассказали, как в воскресенье из посольства выехали десять машин.', 'ru', '2025-12-25').text).toMatch(/\btold that Sunday\b/);
    expect(glossSentence('Dice que sus días en el poder están contados.', 'es', null).text).toMatch(/\bnumbered\b/);
  });

  it('reads "comunicó" as informing and "la mayoría de" / "большая часть" as most', () => {
    expect(glossSentence('El ministerio comunicó a los socios que había retirado a la mayoría de su gente.', 'es', null).text).toMatch(/\binformed\b.*\bmost\b/);
    expect(glossSentence('Компания вывела большую часть сотрудников.', 'ru', null).text).toMatch(/\bmost\b/);
  });

  it('reads "не уходит" as staying: Maduro not leaving is Maduro kept in power', () => {
    expect(glossSentence('Вашингтон обвиняет Москву в том, что Мадуро не уходит.', 'ru', null).text).toMatch(/\bMaduro stays\b/);
    expect(glossSentence('Мадуро уходит.', 'ru', null).text).not.toMatch(/\bstays\b/);
  });

  it('reads "днем ранее" as a day earlier (not "wounded") and "неправительственные организации" as NGOs', () => {
    expect(glossSentence('Днем ранее газета сообщила об этом.', 'ru', null).text).toMatch(/^a day earlier\b/);
    expect(glossSentence('Днем ранее газета сообщила об этом.', 'ru', null).text).not.toMatch(/wounded/);
    expect(glossSentence('По подсчетам неправительственных организаций, погибли 14 человек.', 'ru', null).text).toMatch(/\bNGO\b/);
  });

  it('keeps a first word no list knows as a name when a description of a body follows it, not a connective', () => {
    expect(glossSentence('Rosoboronexport, la agencia estatal rusa de exportación de armamento, desmintió la información.', 'es', null).anchors.names).toContain('Rosoboronexport');
    expect(glossSentence('Рособоронэкспорт, государственный экспортер оружия, опроверг публикацию.', 'ru', null).anchors.names).toContain('Rosoboronexport');
    expect(glossSentence('Mientras, la agencia estatal desmintió la información.', 'es', null).anchors.names).toEqual([]);
  });

  it('reads "se niega a" as refusing, not denying, and "una treintena" as about 30', () => {
    expect(glossSentence('El presidente se niega a dimitir.', 'es', null).text).toMatch(/\brefuses\b/);
    expect(glossSentence('El ministerio niega la información.', 'es', null).text).toMatch(/\bdenies\b/);
    expect(glossSentence('Llegaron una treintena de barcos.', 'es', null).text).toContain('30');
  });
  it('reads "se ha negado (repetidamente) a" as refusing too, past an auxiliary and an adverb', () => {
    expect(glossSentence('El gobernador, que se ha negado repetidamente a dimitir, habló en la radio.', 'es', null).text).toMatch(/\brefused\b/);
    expect(glossSentence('El gobernador, que se ha negado repetidamente a dimitir, habló en la radio.', 'es', null).text).not.toMatch(/\bdenied\b/);
    expect(glossSentence('El gobernador ha negado que vaya a dimitir.', 'es', null).text).toMatch(/\bdenied\b/);
  });

  it('reads "в среде" as among, not as "в среду", Wednesday', () => {
    expect(glossSentence('Источники в среде частных охранных фирм рассказали об этом.', 'ru', '2019-01-25').text).not.toMatch(/Wednesday/);
    expect(glossSentence('Встреча пройдет в среду.', 'ru', '2019-01-25').text).toMatch(/Wednesday/);
  });

  it('reads Russian ordinals as ordinals, not as the numbers that share their stems ("пятый год" is the fifth)', () => {
    expect(glossSentence('Страна воюет уже пятый год, в шестой раз.', 'ru', null).text).toMatch(/\bfifth year\b.*\bsixth\b/);
    expect(glossSentence('Прошло пять лет.', 'ru', null).text).not.toMatch(/fifth/);
  });

  it('reads "весь", "все", "todos" as all, but "все еще" as still and "все равно" as anyway', () => {
    expect(glossSentence('Министерство отозвало весь персонал.', 'ru', null).text).toMatch(/\ball personnel\b/);
    expect(glossSentence('Мадуро все еще у власти.', 'ru', null).text).not.toMatch(/\ball\b/);
    expect(glossSentence('Это все равно ничего не меняет.', 'ru', null).text).not.toMatch(/\ball\b/);
    expect(glossSentence('Retiraron a todos los diplomáticos.', 'es', null).text).toMatch(/\ball diplomat/);
  });

  it('reads "condena en rebeldía" as a conviction in absentia, not as condemning a rebel', () => {
    expect(glossSentence('Pesa sobre él una condena en rebeldía por fraude.', 'es', null).text).toMatch(/\bconviction in absentia\b/);
  });

  it('reads "судам" as vessels, not as the courts that share its stem, and "грузовой" as cargo', () => {
    expect(glossSentence('Флот наносит удары по крупным грузовым судам у побережья.', 'ru', null).text).toMatch(/\bcargo vessels\b/);
    expect(glossSentence('Флот наносит удары по крупным грузовым судам у побережья.', 'ru', null).text).not.toMatch(/\bcourt\b/);
    expect(glossSentence('Дело рассмотрел районный суд.', 'ru', null).text).toMatch(/\bcourt\b/);
  });

  it('reads "no más de diez" as at most ten, "la Administración" as the administration, "vuelos regulares" as regular flights', () => {
    expect(glossSentence('Salieron no más de diez vehículos.', 'es', null).text).toMatch(/at most 10 vehicle/);
    expect(glossSentence('Lo anunció la Administración estadounidense.', 'es', null).anchors.names).toEqual([]);
    expect(glossSentence('Llegaron en los vuelos regulares.', 'es', null).text).toMatch(/flight regular/);
  });

  it('reads «автомашин» as vehicles, so a count has its noun', () => {
    expect(glossSentence('Отошла колонна не более чем из десяти автомашин.', 'ru', null).text).toMatch(/at most 10 vehicle/);
  });

  it('reads "apurarán" as a verb, not the state of Apure', () => {
    expect(glossSentence('Los turistas apurarán su estancia.', 'es', null).anchors.names).toEqual([]);
    expect(glossSentence('Los turistas llegaron al estado Apure.', 'es', null).text).toContain('Apure');
  });

  it('names a Russian country in -а in every case, as the stemmer does not ("Гайаной" is Guyana, "Самый" no Samoa)', () => {
    expect(glossSentence('Спор с Гайаной продолжается, а Кубой никто не интересуется.', 'ru', null).anchors.places).toEqual(['Guyana', 'Cuba']);
    expect(glossSentence('Самый известный случай — танкер.', 'ru', null).anchors.places).toEqual([]);
  });

  it('names the Organization of American States, not an American people, when its name is written out', () => {
    expect(glossSentence('Канада примет встречу Организации американских государств.', 'ru', null).anchors).toMatchObject({ names: ['OAS'], places: ['Canada'] });
    expect(glossSentence('Canadá acogerá la reunión de la Organización de los Estados Americanos.', 'es', null).anchors.names).toEqual(['OAS']);
  });

  it('reads "la totalidad de" as all, and "todos menos", «все, кроме» as all but one', () => {
    expect(glossSentence('Ordenó a la totalidad de su personal que saliera.', 'es', null).text).toContain('all personnel');
    expect(glossSentence('Todos menos México respaldan a Guaidó.', 'es', null).text).toContain('all but');
    expect(glossSentence('Гуайдо поддержали все страны группы, кроме Мексики.', 'ru', null).text).toContain('all but');
  });

  it('reads «всё» before a comparative as "increasingly", not "all"', () => {
    expect(glossSentence('Экономике России становится все тяжелее.', 'ru', null).text).toContain('increasingly');
    expect(glossSentence('Все они уехали домой.', 'ru', null).text).toContain('all');
  });

  it('gives an office set off after a name to that name, not to the next one', () => {
    expect(glossSentence('Habló flanqueado por Marco Rubio, secretario de Estado, y Pete Hegseth, titular de Defensa.', 'es', null).text).toContain('secretary of state Marco Rubio Pete Hegseth');
    expect(glossSentence('Выступил вместе с Марко Рубио, госсекретарем США, и Питом Хегсетом, главой Пентагона.', 'ru', null).text).toMatch(/secretary of state Mark\w* Rubio US defense secretary Pit\w* Hegset/);
    // (With a name after it, the office is that name's.)
    expect(glossSentence('Según Trump, el secretario de Defensa, Marco Rubio, habló.', 'es', null).text).toContain('Trump defense secretary Marco Rubio');
    expect(glossSentence('Desde Argel, el canciller ruso, Serguéi Lavrov, habló.', 'es', null).text).toMatch(/^\S+ foreign minister Russian Serguei Lavrov/);
  });
});
