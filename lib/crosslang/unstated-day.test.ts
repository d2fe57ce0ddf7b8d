import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { unstatedDay, unstatedYear, yearsIn } from './unstated-day.ts';

const report = { text: 'The island’s governor declared a curfew, and ferries stopped running on Friday, officials said. The harbour closed on December 10.', published: '2025-12-22' };
const ask = (sentence: string, lang: 'es' | 'ru' = 'es') => unstatedDay(findDates(sentence, lang, '2025-12-23'), [report], sentence);

describe('a day of the month no report gives', () => {
  it('is a day the sentence writes out that the reports leave undated', () => {
    expect(ask('El gobernador decretó el martes 16 un toque de queda en la isla.')).toBe('martes 16');
    expect(ask('Губернатор 16 декабря ввел на острове комендантский час.', 'ru')).toBe('16 декабря');
  });

  it('is not a day a report writes out, nor one it names by its weekday in the week it was published', () => {
    expect(ask('El puerto cerró el 10 de diciembre.')).toBeUndefined();
    // Friday 19 December, three days before the report.
    expect(ask('Los transbordadores dejaron de circular el viernes 19.')).toBeUndefined();
  });

  it('is not a day the sentence denies, nor a holiday it dates by name', () => {
    expect(ask('Порт закрыли 10 декабря, а не 16 декабря, как писали ранее.', 'ru')).toBeUndefined();
    expect(ask('El toque de queda rige desde la semana de Navidad.')).toBeUndefined();
  });
});

describe('a year no report gives', () => {
  const reports = [
    { text: 'The ferry company, founded in 1998, said the curfew was the harshest since last year’s storms. The governor was reelected last May.', published: '2019-01-22' },
  ];
  it('is a year the sentence dates something by that no report writes', () => {
    expect(unstatedYear(yearsIn('Es el toque de queda más duro desde el huracán de 1989, según el gobernador.'), reports)).toBe('1989');
    expect(unstatedYear(yearsIn('Губернатор впервые ввел комендантский час в 2014 году.'), reports)).toBe('2014');
  });

  it('is not a year a report writes, names from its own date ("last year", "last May"), or was published in', () => {
    expect(unstatedYear(yearsIn('La naviera, fundada en 1998, suspendió los viajes.'), reports)).toBeUndefined();
    expect(unstatedYear(yearsIn('Es el toque de queda más duro desde las tormentas de 2018.'), reports)).toBeUndefined();
    expect(unstatedYear(yearsIn('El gobernador fue reelegido en mayo de 2018.'), reports)).toBeUndefined();
    expect(unstatedYear(yearsIn('В 2019 году это первый комендантский час.'), reports)).toBeUndefined();
  });

  it('is not a figure that looks like a year', () => {
    expect(unstatedYear(yearsIn('Más de 2000 pasajeros quedaron en tierra.'), reports)).toBeUndefined();
  });
});
