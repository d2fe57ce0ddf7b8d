import { describe, expect, it } from 'vitest';
import { dayFromEvent, findDates, looksAhead } from './dates.ts';
import { detectLanguage, sourceLanguage } from './detect.ts';
import { NameBook, spellingKey } from './names.ts';
import { findFigures } from './numbers.ts';
import { glossSentence } from './gloss.ts';

const figures = (text: string, lang: 'es' | 'ru'): string[] => findFigures(text, lang).filter((f) => !f.year).map((f) => `${f.source}=${f.english}`);

describe('figures in Spanish and Russian', () => {
  it('reads both digit conventions, scale words and spelled numbers', () => {
    expect(figures('Llegaron 1.250 efectivos, 1,5 millones de dólares, ocho buques y treinta y dos aviones; mil marines', 'es')).toEqual([
      '1.250=1,250', '1,5 millones=1.5 million', 'ocho=8', 'treinta y dos=32', 'mil=1,000',
    ]);
    expect(figures('Прибыли 1 250 военных, 1,5 млн долларов, восемь кораблей, двадцать пять самолетов и 50 тыс. человек', 'ru')).toEqual([
      '1 250=1,250', '1,5 млн=1.5 million', 'восемь=8', 'двадцать пять=25', '50 тыс=50,000',
    ]);
  });

  it('reads the thousands comma of Mexico and the Caribbean, and keeps Spain\'s decimal comma', () => {
    expect(figures('Regresaron 1,046 salvadoreños y 1,250,000 dólares; la deuda, 3,100 millones; el fondo, 3,1 millones y 1,125 millones.', 'es')).toEqual([
      '1,046=1,046', '1,250,000=1,250,000', '3,100 millones=3.1 billion', '3,1 millones=3.1 million', '1,125 millones=1.13 million',
    ]);
  });

  it('reads counts in tens and hundreds as their value, leaves "decenas de" vague', () => {
    expect(figures('около двух десятков кораблей, полтора десятка машин и около десятка дипломатов', 'ru')).toEqual(['двух десятков=20', 'полтора десятка=15', 'десятка=10']);
    expect(figures('примерно в четыре сотни человек', 'ru')).toEqual(['четыре сотни=400']);
    // "la quincena de gobiernos" is a count; "la primera quincena de diciembre" is a fortnight.
    expect(figures('frente a la quincena de gobiernos que reconocen a Guaidó', 'es')).toEqual(['quincena=15']);
    expect(figures('durante la quincena de diciembre', 'es')).toEqual([]);
  });

  it('counts a Russian "один" (Russian has no articles), not "один из" or "ни одного"', () => {
    expect(figures('Москва прислала всего один танкер', 'ru')).toEqual(['один=1']);
    expect(figures('один из танкеров и ни одного корабля', 'ru')).toEqual([]);
    expect(figures('машины одна за другой выехали со двора', 'ru')).toEqual([]);
    expect(figures('Envió un petrolero', 'es')).toEqual([]);
    expect(figures('una decena de coches, dos decenas de buques, un centenar de militares y decenas de vehículos', 'es')).toEqual(['una decena=10', 'dos decenas=20', 'un centenar=100']);
  });

  it('reads case forms of Russian numerals and leaves years and articles alone', () => {
    expect(figures('около восьми кораблей и сотни военных', 'ru')).toEqual(['восьми=8', 'сотни=100']);
    expect(findFigures('en marzo de 2019 una delegación', 'es').map((f) => [f.value, f.year])).toEqual([[2019, true]]);
    // A model's designation is a name, not a count: "Т-72Б1" has no 1, "Су-30МК2" no 30.
    expect(findFigures('Армия получила 92 танка Т-72Б1 — машины этого семейства делают на Урале.', 'ru').map((f) => f.value)).toEqual([92]);
    expect(findFigures('Llegaron 24 cazas Su-30MK2 y 3.000 soldados.', 'es').map((f) => f.value)).toEqual([24, 3000]);
  });
});

describe('words that are also the names of every object\'s properties', () => {
  it('reads "constructor" and "toString" as words, not numbers (they crashed the Spanish reading)', () => {
    for (const lang of ['es', 'ru'] as const) {
      expect(findFigures('El constructor llegó con toString, valueOf y hasOwnProperty; el __proto__ también.', lang)).toEqual([]);
      expect(glossSentence('El constructor de la embajada vio diez coches el lunes.', lang, '2025-12-23').anchors.figures.map((f) => f.value)).toEqual(lang === 'es' ? [10] : []);
    }
  });
});

describe('figures written the Russian way', () => {
  it('reads "сотни четыре" as about 400, "15-тысячный" as 15,000 and "двое суток" as two days', () => {
    expect(findFigures('Наемников в стране, по его оценке, сотни четыре.', 'ru').map((f) => [f.value, f.english])).toEqual([[400, 'about 400']]);
    // A figure in words and again in digits, as legal style writes it: one figure.
    expect(figures('El puerto recibió once (11) buques y unos quince mil (15.000) pasajeros.', 'es')).toEqual(['once (11)=11', 'quince mil (15.000)=15,000']);
    expect(figures('Прибыли одиннадцать (11) судов.', 'ru')).toEqual(['одиннадцать (11)=11']);
    expect(figures('Llegaron once buques (12 según otra fuente).', 'es')).toEqual(['once=11', '12=12']);
    // A day given as a deadline: 24 hours.
    expect(figures('Мэр дал журналистам сутки на то, чтобы покинуть город.', 'ru')).toEqual(['сутки=24 hours']);
    expect(figures('El alcalde les dio un día para salir de la ciudad.', 'es')).toEqual(['un día=24 hours']);
    expect(figures('Переговоры шли сутки.', 'ru')).toEqual([]);
    // Countable on one hand: five at most, not the one of the hand.
    expect(figures('Грузовиков у склада можно было пересчитать по пальцам одной руки.', 'ru')).toEqual(['пересчитать по пальцам одной руки=at most 5']);
    expect(figures('Los camiones que quedaban se podían contar con los dedos de una mano.', 'es')).toEqual(['contar con los dedos de una mano=at most 5']);
    expect(figures('Во дворе собирались машины с номерами — счет, правда, шел на единицы.', 'ru')).toEqual(['счет, правда, шел на единицы=fewer than 10']);
    expect(findFigures('Флот с 15-тысячным контингентом.', 'ru').map((f) => f.value)).toEqual([15000]);
    expect(findFigures('У берегов держат десятитысячный контингент, в городе прошел стотысячный митинг.', 'ru').map((f) => f.value)).toEqual([10000, 100000]);
    expect(findFigures('Слетали тысячи три россиян.', 'ru').map((f) => [f.value, f.english])).toEqual([[3000, 'about 3,000']]);
    expect(findFigures('У берегов держат тысяч пятнадцать военных.', 'ru').map((f) => [f.value, f.english])).toEqual([[15000, 'about 15,000']]);
    expect(findFigures('Награда в полмиллиарда долларов.', 'ru').map((f) => f.value)).toEqual([5e8]);
    // A lone thousand in every case a count takes: "по тысяче военных на каждом", "с тысячей туристов".
    expect(findFigures('На каждом корабле — по тысяче военных.', 'ru').map((f) => f.value)).toEqual([1000]);
    expect(findFigures('Рейс прибыл с тысячей туристов.', 'ru').map((f) => f.value)).toEqual([1000]);
    expect(findFigures('К берегам стянули полтораста тысяч военных.', 'ru').map((f) => f.value)).toEqual([150000]);
    // A reference to a document or a page counts nothing: "(док. 13)", "(doc. 8)", "p. 45", "№ 3".
    expect(findFigures('Атаман оценивал число наемников примерно в 400 человек (док. 13), см. с. 45.', 'ru').map((f) => f.value)).toEqual([400]);
    expect(findFigures('Según el documento (doc. 8), eran 400 hombres (p. 45, nº 3).', 'es').map((f) => f.value)).toEqual([400]);
    expect(findFigures('С 2014 года там 13 человек.', 'ru').filter((f) => !f.year).map((f) => f.value)).toEqual([13]);
    expect(glossSentence('Дипломатам дали двое суток на отъезд.', 'ru', null).text).toContain('2 days');
    // A count before its scale word is the figure itself.
    expect(findFigures('Приехали четыре сотни наемников.', 'ru').map((f) => f.value)).toEqual([400]);
  });
});

describe('what a change came to', () => {
  it('reads "подняли вдвое — до 100 млн" as to 100 million, "до 100 человек" as up to 100', () => {
    expect(glossSentence('Награду подняли вдвое — до 100 млн долларов.', 'ru', null).text).toMatch(/(?<!up )to 100 million/);
    expect(glossSentence('В зале было до 100 человек.', 'ru', null).text).toContain('up to 100');
  });
});

describe('a week given as a deadline', () => {
  it('is seven days ("dio una semana para salir", "дал неделю на сборы"), not any week', () => {
    expect(glossSentence('Maduro dio una semana a los diplomáticos para salir del país.', 'es', null).text).toContain('7 days');
    expect(glossSentence('Мадуро дал дипломатам неделю на сборы.', 'ru', null).text).toContain('7 days');
    expect(findFigures('Fue una semana para olvidar.', 'es')).toEqual([]);
    expect(findFigures('На этой неделе дипломаты уехали.', 'ru')).toEqual([]);
  });
});

describe('Russian numerals in the instrumental', () => {
  it('reads "с пятнадцатью тысячами военных" as 15,000', () => {
    expect(findFigures('Корабли прибыли с пятнадцатью тысячами военнослужащих.', 'ru').map((f) => f.value)).toEqual([15000]);
      // Every case of the scale word: "о 15 тысячах", "о двух миллионах".
    expect(findFigures('Сообщалось об 11 кораблях и 15 тысячах военных.', 'ru').map((f) => f.value)).toEqual([11, 15000]);
    expect(findFigures('Речь шла о двух миллионах долларов.', 'ru').map((f) => f.value)).toEqual([2_000_000]);
});
});

describe('halves of a figure', () => {
  it('reads "la mitad de los 1.000" and "половину из тысячи" as 500, not 1,000', () => {
    expect(findFigures('Se quedó con la mitad de los 1.000 empleados.', 'es').map((f) => f.value)).toEqual([500]);
    expect(findFigures('«Ростех» выводит половину из тысячи своих сотрудников.', 'ru').map((f) => f.value)).toEqual([500]);
    // Other fractions, and a word of approximation between: "la décima parte de los alrededor de mil".
    expect(findFigures('Redujo su plantilla a la décima parte de los alrededor de mil empleados que tenía.', 'es').map((f) => f.value)).toEqual([100]);
    expect(findFigures('Уехала треть из 300 сотрудников.', 'ru').map((f) => f.value)).toEqual([100]);
    expect(findFigures('Una cuarta parte de los 200 votos.', 'es').map((f) => f.value)).toEqual([50]);
    expect(findFigures('Tenía 1.000 empleados.', 'es').map((f) => f.value)).toEqual([1000]);
  });
  it('reads "с небольшим", "с лишним" and "y pico" as a little over the figure, not as another figure', () => {
    expect(glossSentence('На остров слетали четыре с небольшим тысячи россиян.', 'ru', null).text).toContain('more than 4,000');
    expect(glossSentence('Там работает тысяча с лишним человек.', 'ru', null).text).toContain('more than 1,000');
    expect(glossSentence('Llegaron cuatro mil y pico turistas.', 'es', null).text).toContain('more than 4,000');
    expect(glossSentence('En la zona hay una decena larga de fragatas.', 'es', null).text).toContain('more than 10 frigate');
  });
  it('reads a time of day as no count ("a las 18.00", "в 18:00", "в 7.30 утра"), a price with a point still as one', () => {
    expect(findFigures('El barco llega a las 8.00 y sale a las 18.00 con 1.500 pasajeros.', 'es').map((f) => f.value)).toEqual([1500]);
    expect(findFigures('Вылет в 18:00, посадка в 7.30 утра, на борту 11 человек.', 'ru').map((f) => f.value)).toEqual([11]);
    expect(findFigures('El pasaje costaba 1.50 dólares.', 'es').map((f) => f.value)).toEqual([1.5]);
  });
  it('writes a share as a percent, and "por ciento" is no hundred', () => {
    expect(glossSentence('La empresa recortó un 30 % su plantilla, y luego un 70 por ciento.', 'es', null).text).toMatch(/30 percent .*70 percent$/);
    expect(glossSentence('La empresa recortó un 70 por ciento su plantilla.', 'es', null).text).not.toContain('100');
    expect(glossSentence('Компания сократила штат на 70% и потом на 70 процентов.', 'ru', null).text).toMatch(/70 percent .*70 percent$/);
  });
});

describe('dates in Spanish and Russian', () => {
  it('writes them the English way, relative ones from the article date', () => {
    expect(findDates('El viernes 19 de diciembre llegó el avión', 'es', '2025-12-22').map((d) => d.english)).toEqual(['19 December']);
    expect(findDates('в марте 2019 года', 'ru', null).map((d) => d.english)).toEqual(['March 2019']);
    expect(findDates('неделю назад прибыли', 'ru', '2025-12-22').map((d) => d.english)).toEqual(['15 December 2025']);
    // "el viernes 19 a sacar…": the day after the weekday, where chrono leaves it out; not a count after it.
    expect(findDates('Rusia empezó el viernes 19 a sacar a las familias.', 'es', '2025-12-27').map((d) => d.english)).toEqual(['Friday, 19 December']);
    expect(findDates('Rusia empezó el viernes 20 a sacar a las familias.', 'es', '2025-12-27').map((d) => d.english)).toEqual(['Friday, 26 December']);
    // (…nor before a preposition: "el miércoles 29 sin acuerdo" in a Wednesday 5 June article is 29 May.)
    expect(findDates('La mediación terminó el miércoles 29 sin acuerdo.', 'es', '2019-06-05').map((d) => d.english)).toEqual(['Wednesday, 29 May']);
    // "pasado mañana" is the day after tomorrow; "a principios de mes", "в первых числах декабря" a part of a month.
    expect(findDates('Pompeo intervendrá pasado mañana en Nueva York.', 'es', '2019-01-25').map((d) => d.english)).toEqual(['27 January 2019']);
    expect(findDates('A principios de mes, Trump exigió los activos.', 'es', '2025-12-22').map((d) => d.english)).toEqual(['early December']);
    expect(findDates('Танкер задержали в первых числах декабря.', 'ru', '2026-01-05').map((d) => d.english)).toEqual(['start December']);
    // Tenths and halves of a month: «во второй декаде», "la primera quincena"; not a fortnight's pay.
    expect(findDates('Судно арестовали во второй декаде декабря.', 'ru', '2026-01-05').map((d) => d.english)).toEqual(['second-tenth December']);
    expect(findDates('Рейсы возобновят в первой половине месяца.', 'ru', '2025-12-05').map((d) => d.english)).toEqual(['first-half December']);
    expect(findDates('El buque fue retenido en la segunda quincena de enero de 2019.', 'es', '2019-03-01').map((d) => d.english)).toEqual(['second-half January 2019']);
    expect(findDates('Ese día cobramos la primera quincena de diciembre.', 'es', '2025-12-22').map((d) => d.english)).not.toContain('first-half December');
    // "el lunes de la semana pasada", "на прошлой неделе в понедельник": the Monday of the week before.
    expect(findDates('El lunes de la semana pasada, Trump compareció.', 'es', '2025-12-24').map((d) => d.english)).toEqual(['Monday, 15 December']);
    expect(findDates('На прошлой неделе в понедельник Трамп выступил.', 'ru', '2025-12-24').map((d) => d.english)).toEqual(['Monday, 15 December']);
    expect(findDates('В понедельник Трамп выступил.', 'ru', '2025-12-24').map((d) => d.english)).toEqual(['Monday, 22 December']);
    // "a cuatro días de Navidad" is four days before it; "los dos días de Navidad" no day at all.
    expect(findDates('A cuatro días de Navidad, testigos vieron coches.', 'es', '2025-12-26').map((d) => d.english)).toEqual(['21 December 2025']);
    expect(findDates('Los dos días de Navidad fueron tranquilos.', 'es', '2025-12-26')).toEqual([]);
    expect(findDates('В середине месяца Трамп потребовал активы.', 'ru', '2025-12-22').map((d) => d.english)).toEqual(['mid December']);
    // "позавчерашний", "вчерашний": the adjectives of the day before yesterday and of yesterday.
    expect(findDates('Позавчерашний вечер Трамп провел на сцене.', 'ru', '2025-12-23').map((d) => d.english)).toEqual(['21 December 2025']);
    expect(findDates('Во вчерашнем заявлении МИД говорилось о провокациях.', 'ru', '2025-12-23').map((d) => d.english)).toEqual(['22 December 2025']);
    // A time of day is not a date.
    expect(findDates('por la tarde llegó', 'es', '2025-12-22')).toEqual([]);
  });
  it('counts months back to the month they fall in, not "de un mes" as the month ahead', () => {
    expect(findDates('Hace algo más de un mes, la patrulla abordó el buque.', 'es', '2025-12-23').map((d) => d.english)).toEqual(['November 2025']);
    expect(findDates('Hace tres meses que firmaron.', 'es', '2026-02-10').map((d) => d.english)).toEqual(['November 2025']);
  });
  it('takes a weekday said to be past for the one before an article of that weekday', () => {
    expect(findDates('El diario lo publicó el pasado domingo.', 'es', '2019-06-09').map((d) => d.english)).toEqual(['Sunday, 2 June']);
    expect(findDates('El diario lo había publicado el domingo anterior.', 'es', '2019-06-09').map((d) => d.english)).toEqual(['Sunday, 2 June']);
    expect(findDates('Газета опубликовала статью в прошлое воскресенье.', 'ru', '2019-06-09').map((d) => d.english)).toEqual(['Sunday, 2 June']);
    expect(findDates('El diario lo publicó el domingo.', 'es', '2019-06-09').map((d) => d.english)).toEqual(['Sunday, 9 June']);
  });
  it('reads a part of a week as its days', () => {
    const days = (text: string, lang: 'es' | 'ru', date: string) => findDates(text, lang, date).map((d) => [d.english, d.days?.from, d.days?.to]);
    expect(days('Pompeo viajará a principios de la semana que viene.', 'es', '2019-01-25')).toEqual([['early next week', '2019-01-28', '2019-01-29']]);
    expect(days('В середине недели Захарова попросила всех сохранять бдительность.', 'ru', '2025-12-25')).toEqual([['midweek', '2025-12-23', '2025-12-25']]);
    expect(days('В конце прошлой недели Трамп выступил.', 'ru', '2025-12-24')).toEqual([['late last week', '2025-12-19', '2025-12-21']]);
    expect(days('Захарова все опровергла еще на исходе минувшей недели.', 'ru', '2025-12-24')).toEqual([['late last week', '2025-12-19', '2025-12-21']]);
    expect(days('Zajárova lo negó al final de la semana pasada.', 'es', '2025-12-24')).toEqual([['late last week', '2025-12-19', '2025-12-21']]);
  });
  it('takes a span of days for no date', () => {
    expect(findDates('Maduro dio a los diplomáticos un plazo de tres días para irse.', 'es', '2019-01-26')).toEqual([]);
  });
  it('reads a weekday counted within a month as its day', () => {
    expect(findDates('Las conversaciones terminaron el penúltimo miércoles de mayo.', 'es', '2019-06-04').map((d) => d.english)).toEqual(['22 May']);
    expect(findDates('El primer lunes de diciembre de 2025 llegó el buque.', 'es', '2026-01-10').map((d) => d.english)).toEqual(['1 December 2025']);
    expect(findDates('Переговоры завершились в последнюю пятницу мая.', 'ru', '2019-06-04').map((d) => d.english)).toEqual(['31 May']);
    expect(findDates('Во второй вторник января 2019 года Мадуро принес присягу.', 'ru', '2019-02-01').map((d) => d.english)).toEqual(['8 January 2019']);
  });
  it('reads a Russian day of the month written "10-го", alone or with its month, and a weekday with the day in words', () => {
    expect(findDates('Судно задержали 10-го, а 3-го декабря отпустили.', 'ru', '2025-12-24').map((d) => d.english)).toEqual(['10 December', '3 December']);
    expect(findDates('Это было 15-го ноября 2024 года.', 'ru', '2025-12-24').map((d) => d.english)).toEqual(['15 November 2024']);
    // (A day still to come this month is last month's; "в 90-е" is no day.)
    expect(findDates('Его задержали 28-го, в 90-е такого не было.', 'ru', '2025-12-24').map((d) => d.english)).toEqual(['28 November']);
    // "в понедельник, первого" on Friday 28 November: the Monday that is the 1st, next month's.
    expect(findDates('Рейс в понедельник, первого, отменен.', 'ru', '2025-11-28').map((d) => d.english)).toEqual(['Monday, 1 December']);
  });
  it('reads seasons as times of an event, the last one before the article when it says so', () => {
    expect(findDates('El centro se entregó el otoño pasado.', 'es', '2019-06-04').map((d) => d.english)).toEqual(['autumn 2018']);
    expect(findDates('Este verano llegaron 4.000 rusos.', 'es', '2025-12-23').map((d) => d.english)).toEqual(['summer 2025']);
    expect(findDates('Прошлой осенью сдали центр, а летом 2018 года начали стройку.', 'ru', '2019-06-04').map((d) => d.english)).toEqual(['autumn 2018', 'summer 2018']);
    // (A bare season may be of any year the story tells: no year, like a month.)
    expect(findDates('Последний заказ сдали зимой.', 'ru', '2019-06-07').map((d) => d.english)).toEqual(['winter']);
    // Since or until a part of it: "с начала лета", "до конца зимы".
    expect(findDates('С начала лета туда слетали больше шести тысяч россиян.', 'ru', '2025-11-28').map((d) => d.english)).toEqual(['summer']);
    expect(findDates('Рейсы отменены до конца зимы.', 'ru', '2025-11-28').map((d) => d.english)).toEqual(['winter']);
    // A kind of thing, not a time: "la temporada de invierno", "vacaciones de invierno".
    expect(findDates('Las reservas para la temporada de invierno crecieron.', 'es', '2025-11-28')).toEqual([]);
  });
  it('reads a weekday beside "mañana" or "ayer" as that day, ahead or behind', () => {
    // (Written for this test: a Saturday article.)
    expect(findDates('Los vecinos convocaron para mañana, domingo, una marcha.', 'es', '2021-03-13').map((d) => d.english)).toEqual(['14 March 2021', 'Sunday, 14 March']);
    expect(findDates('Соседи назначили шествие на завтра, на воскресенье.', 'ru', '2021-03-13').map((d) => d.english).at(-1)).toBe('Sunday, 14 March');
    expect(findDates('La marcha salió ayer, viernes, del centro.', 'es', '2021-03-13').map((d) => d.english)).toEqual(['12 March 2021', 'Friday, 12 March']);
  });
});

describe('days told from another event', () => {
  it('knows "the day after X" from "the day after" pointing back at the sentence before', () => {
    expect(dayFromEvent('Al día siguiente de la jura de Guaidó, Washington retiró a parte de su personal.', 'es')).toBe(true);
    expect(dayFromEvent('Dos días después de que el buque zarpara, la Guardia Costera lo abordó.', 'es')).toBe(true);
    expect(dayFromEvent('Al segundo día de esas salidas, los vecinos vieron una caravana.', 'es')).toBe(true);
    expect(dayFromEvent('На третий день после начала протестов полиция перекрыла площадь.', 'ru')).toBe(true);
    // (…and an event's day, "el día de la final", «в день выхода выпуска»; not a holiday's name, "el Día del Trabajador".)
    expect(dayFromEvent('La reunión terminó el día de la final de la copa, sin acuerdo.', 'es')).toBe(true);
    expect(dayFromEvent('Разговор состоялся в день выхода первого номера газеты.', 'ru')).toBe(true);
    expect(dayFromEvent('El alcalde habló el Día del Trabajador en el puerto.', 'es')).toBe(false);
    expect(dayFromEvent('El segundo día de diciembre llovió.', 'es')).toBe(false);
    expect(dayFromEvent('Una semana después de aquel alzamiento, el ministro habló en una cena.', 'es')).toBe(true);
    expect(dayFromEvent('Через двое суток после присяги Гуайдо Госдеп отозвал часть сотрудников.', 'ru')).toBe(true);
    expect(dayFromEvent('Захарова выступила в тот же день, когда колонна покинула посольство.', 'ru')).toBe(true);
    expect(dayFromEvent('Министр созвонился с коллегой накануне отъезда первых семей.', 'ru')).toBe(true);
    expect(dayFromEvent('El ministro habló con su colega la víspera de la jura.', 'es')).toBe(true);
    // (A month or hours told from another event: «el mismo mes en que Guaidó se juramentó», «unas horas antes de que se publicara».)
    expect(dayFromEvent('El último contrato se entregó el mismo mes en que el gobernador juró el cargo.', 'es')).toBe(true);
    expect(dayFromEvent('La cancillería lo desmintió unas horas antes de que se publicara este post.', 'es')).toBe(true);
    expect(dayFromEvent('Контракт закрыли в том же месяце, когда губернатор принес присягу.', 'ru')).toBe(true);
    expect(dayFromEvent('МИД опроверг это за несколько часов до публикации.', 'ru')).toBe(true);
    expect(dayFromEvent('El contrato se entregó en marzo, antes de que llegaran las sanciones.', 'es')).toBe(false);
    // (The evening before is the sentence before's day, not another event's.)
    expect(dayFromEvent('Министр созвонился с коллегой накануне вечером.', 'ru')).toBe(false);
    // The day of the sentence before, which the reader has: not another event's.
    expect(dayFromEvent('Al día siguiente, el Departamento de Estado ordenó la salida de su personal.', 'es')).toBe(false);
    expect(dayFromEvent('В тот же день Хиль поговорил с Лавровым.', 'ru')).toBe(false);
    // No count, no day.
    expect(dayFromEvent('La evacuación se produce días después de que Trump anunciara un bloqueo.', 'es')).toBe(false);
  });
});

describe('names across scripts', () => {
  it('gives one key to the spellings of one name', () => {
    expect(new Set(['Захарова', 'Zakharova', 'Zajárova'].map(spellingKey)).size).toBe(1);
    expect(new Set(['Рябков', 'Ryabkov', 'Riabkov'].map(spellingKey)).size).toBe(1);
  });

  it('meets the English "ye" for a Russian е after a vowel or at the start ("Шабаев" / "Shabayev", "Евгений" / "Yevgeny")', () => {
    expect(spellingKey('Шабаев')).toBe(spellingKey('Shabayev'));
    expect(spellingKey('Евгений')).toBe(spellingKey('Yevgeny'));
  });

  it("finds the reports' spelling of a declined Russian name", () => {
    const book = new NameBook(['Foreign Ministry spokeswoman Maria Zakharova said Sergey Ryabkov would travel.']);
    expect(book.find('Захаровой', 'захаров')).toBe('Zakharova');
    expect(book.find('Zajárova', 'zajarov')).toBe('Zakharova');
    expect(book.find('Шойгу', 'шойг')).toBeUndefined();
  });
});

describe('language of an article', () => {
  it('reads the text, not a lying lang attribute', () => {
    expect(detectLanguage('Rusia comenzó a evacuar a las familias de sus diplomáticos en Venezuela, según un funcionario europeo citado por la agencia.', 'en')).toBe('es');
    expect(detectLanguage('Россия начала эвакуацию семей своих дипломатов из Венесуэлы, сообщил европейский чиновник агентству.', 'en')).toBe('ru');
  });

  it('reads Russian news as Russian where the trigrams lean Bulgarian or Serbian', () => {
    // franc-min alone calls each of these Bulgarian or Serbian; ы, э and ё are letters neither has.
    expect(detectLanguage('Береговая охрана США задержала под Венесуэлой ещё одно судно с нефтью, сообщили в Пентагоне.', null)).toBe('ru');
    expect(detectLanguage('Танкер под либерийским флагом задержан у берегов Венесуэлы 12 декабря, сообщила береговая охрана.', null)).toBe('ru');
  });

  it('tells Ukrainian and Belarusian from Russian: no verdicts for them', () => {
    const uk = detectLanguage('Росія почала евакуацію родин своїх дипломатів із Венесуели, повідомив європейський посадовець агентству.', 'ru');
    const be = detectLanguage('Расія пачала эвакуацыю сем’яў сваіх дыпламатаў з Венесуэлы, паведаміў еўрапейскі чыноўнік агенцтву.', 'ru');
    expect(uk).toBe('uk');
    expect(be).toBe('be');
    expect(sourceLanguage(uk)).toBeNull();
    expect(sourceLanguage(be)).toBeNull();
  });

  it('reads no verdict language into another script or into transliterated Russian', () => {
    // An Arabic page whose template says lang="en".
    expect(detectLanguage('بدأت روسيا إجلاء عائلات دبلوماسييها من فنزويلا، بحسب ما قاله مسؤول أوروبي لوكالة أسوشيتد برس يوم الاثنين.', 'en')).toBe('und');
    expect(detectLanguage('בשבוע שעבר החלה רוסיה לפנות את משפחות הדיפלומטים שלה מוונצואלה, כך נמסר.', 'he')).toBe('he');
    const latinRussian = detectLanguage('Rossiya nachala evakuatsiyu semey svoikh diplomatov iz Venesuely, soobshchil yevropeyskiy chinovnik agentstvu AP v ponedelnik.', 'en');
    expect(sourceLanguage(latinRussian)).toBeNull();
  });

  it('reads a mixed page by the language most of it is in', () => {
    const mixed = 'Rusia comenzó a evacuar a las familias de sus diplomáticos. "We are monitoring the situation closely," said a State Department spokesperson. Según la fuente, la salida empezó el viernes y abarca a mujeres y niños del personal de la embajada.';
    expect(detectLanguage(mixed, 'en')).toBe('es');
  });

  it('trusts the page only when the text is too short to tell', () => {
    expect(detectLanguage('Caracas, 19 dic', 'es-VE')).toBe('es');
  });
});

describe('thousands, dozens and halves written as words', () => {
  it('reads "millar", "docena" and a half before a scale word, not "medio" alone', () => {
    expect(figures('un millar de empleados, medio millar de contratistas, media docena de buques y dos docenas de aviones', 'es')).toEqual([
      'un millar=1,000', 'medio millar=500', 'media docena=6', 'dos docenas=24',
    ]);
    expect(figures('A medio plazo, el conflicto en Oriente Medio pesa más', 'es')).toEqual([]);
    expect(figures('полтысячи наемников и около полусотни машин', 'ru')).toEqual(['полтысячи=500', 'полусотни=50']);
  });

  it('glosses "ni siquiera una decena" as fewer than ten and "не более десяти" as up to ten', () => {
    expect(glossSentence('Salieron de la embajada ni siquiera una decena de coches.', 'es', null).text).toContain('fewer than 10');
    expect(glossSentence('Из посольства выехали не более десяти машин.', 'ru', null).text).toContain('up to 10');
    expect(glossSentence('Из посольства выехали более десяти машин.', 'ru', null).text).toContain('more than 10');
  });
});

describe('first and last days of a month, parts of a month, sentences about what will happen', () => {
  it('reads "el último día de abril" and "на последний день ноября" as days', () => {
    expect(findDates('La gala fue el último día de abril y el foro, el primer día de mayo de 2019.', 'es', '2019-06-04').map((d) => [d.english, d.explicit])).toEqual([['30 April', true], ['1 May 2019', true]]);
    expect(findDates('Рейс, назначенный на последний день ноября, отменен.', 'ru', '2025-11-27').map((d) => d.english)).toEqual(['30 November']);
    expect(findDates('El vuelo del último día de febrero de 2024 se canceló.', 'es', '2024-03-02').map((d) => d.english)).toEqual(['29 February 2024']);
  });
  it('glosses a Russian ten-day period of a month as its exact days', () => {
    expect(glossSentence('Танкер задержали во второй декаде декабря.', 'ru', '2025-12-25').text).toMatch(/second-tenth December/);
  });
  it('tells sentences about what will happen', () => {
    expect(looksAhead('Mañana martes el mandatario tiene previsto un anuncio.', 'es')).toBe(true);
    expect(looksAhead('El domingo Pompeo buscará apoyos en la ONU.', 'es')).toBe(true);
    expect(looksAhead('El domingo Pompeo buscó apoyos en la ONU, ahora sin éxito.', 'es')).toBe(false);
    expect(looksAhead('Помпео выступит на заседании Совбеза в воскресенье.', 'ru')).toBe(true);
    expect(looksAhead('Помпео выступил на заседании Совбеза в воскресенье.', 'ru')).toBe(false);
  });
});

describe('and a half', () => {
  it('reads "три с половиной тысячи" and "dos millones y medio"', () => {
    expect(figures('три с половиной тысячи туристов', 'ru')).toEqual(['три с половиной тысячи=3,500']);
    expect(figures('dos millones y medio de dólares', 'es')).toEqual(['dos millones y medio=2.5 million']);
  });
});

describe('Spanish counts and verbs that share a stem with other words', () => {
  it('reads "una quincena de" as fifteen, "la primera quincena" as no figure', () => {
    expect(figures('una quincena de vehículos salió en la primera quincena de diciembre', 'es')).toEqual(['una quincena=15']);
  });
  it('glosses «avaló» as confirmed, not as «avalancha»', () => {
    expect(glossSentence('La portavoz avaló la versión de la agencia.', 'es', null).text).toContain('confirmed');
  });
});

describe('hundreds and thousands said in words', () => {
  it('reads plural multiples as English news writes them: a range, not a count', () => {
    expect(figures('Trabajaban allí miles de empleados y varios cientos de técnicos.', 'es')).toEqual(['miles=thousands', 'varios cientos=several hundred']);
    expect(figures('Там работали тысячи специалистов, потом их осталось несколько сотен.', 'ru')).toEqual(['тысячи=thousands', 'несколько сотен=several hundred']);
    expect(figures('Quedan apenas unos pocos centenares de técnicos.', 'es')).toEqual(['unos pocos centenares=a few hundred']);
    expect(figures('Costó miles de millones de dólares.', 'es')).toEqual([]);
  });
  it('…but "около тысячи" is about one thousand', () => {
    expect(figures('Там работало около тысячи специалистов.', 'ru')).toEqual(['тысячи=1,000']);
    expect(glossSentence('Там работало около тысячи специалистов.', 'ru', null).text).toContain('about 1,000 specialist');
  });
  it('reads "под двадцать тысяч" as nearly 20,000', () => {
    expect(glossSentence('У берегов стоят под двадцать тысяч штыков.', 'ru', null).text).toContain('nearly 20,000 troops');
  });
});

describe('times of day and deadlines are no dates', () => {
  it('reads "por la mañana" as the morning and "un plazo de 72 horas" as no day', () => {
    expect(findDates('Por la mañana, varios vecinos vieron los coches.', 'es', '2025-12-24')).toEqual([]);
    expect(findDates('Les dio un plazo de 72 horas para salir.', 'es', '2025-12-24')).toEqual([]);
    expect(findDates('Mañana llegará el avión.', 'es', '2025-12-24').map((d) => d.english)).toEqual(['25 December 2025']);
  });
});

describe('holidays and faiths', () => {
  it('are words, not names someone else could be standing in for', () => {
    const { text, anchors } = glossSentence('Вывоз начался в последнюю пятницу перед католическим Рождеством.', 'ru', '2025-12-23');
    expect(text).toContain('christmas');
    expect(anchors.names).toEqual([]);
    expect(glossSentence('Los aviones salieron antes de la Navidad católica.', 'es', '2025-12-23').anchors.names).toEqual([]);
  });
});

describe('the weekday before last', () => {
  it('is a week before the last such day («в позапрошлую среду», «el miércoles antepasado»)', () => {
    expect(findDates('В позапрошлую среду береговая охрана задержала танкер.', 'ru', '2025-12-22')[0]?.english).toBe('Wednesday, 10 December');
    expect(findDates('В прошлую среду береговая охрана задержала танкер.', 'ru', '2025-12-22')[0]?.english).toBe('Wednesday, 17 December');
    expect(findDates('El miércoles antepasado la guardia costera incautó el petrolero.', 'es', '2025-12-22')[0]?.english).toBe('Wednesday, 10 December');
    expect(findDates('В позапрошлый понедельник', 'ru', '2025-12-22')[0]?.english).toBe('Monday, 8 December');
  });
});

describe('feeds and timelines', () => {
  it('reads a day and a month in figures without a year as that day, not as a figure', () => {
    const { anchors } = glossSentence('Пт, 28.11 · 19:40 — Сейчас на острове отдыхают 37 клиентов нашей сети.', 'ru', '2025-11-28');
    expect(anchors.dates.map((d) => d.english)).toEqual(['28 November 2025']);
    expect(anchors.figures.map((f) => f.english)).toEqual(['37']);
    // (A date with its year, a decimal and a share stay what they were.)
    expect(findDates('Письмо датировано 02.06.2019.', 'ru', '2025-11-28').map((d) => d.english)).not.toContain('2 June 2025');
    expect(findDates('Рост составил 9,60% за год.', 'ru', '2025-11-28')).toEqual([]);
    expect(findDates('Курс вырос до 12.50 млн.', 'ru', '2025-11-28')).toEqual([]);
  });
  it('takes a capitalised word after a dash, a bullet or an emoji for the start of a clause, not a name', () => {
    const { anchors } = glossSentence('Чт, 27.11 · 11:30 — ℹ️ Сколько будет спецрейсов, пока не сообщают.', 'ru', '2025-11-28');
    expect(anchors.names).toEqual([]);
    expect(glossSentence('Вт, 25.11 — ❗ Pegas Touristik сообщил, что рейс отменен.', 'ru', '2025-11-28').anchors.names).toEqual(['Pegas Touristik']);
    expect(glossSentence('Mié, 24.12 · 09:15 — Hoy la caravana salió temprano.', 'es', '2025-12-24').anchors.names).toEqual([]);
    // (In prose a dash sets off a name like any other word.)
    expect(glossSentence('Los vecinos — Ramírez entre ellos — vieron la caravana.', 'es', '2025-12-22').anchors.names).toEqual(['Ramirez']);
  });
});
