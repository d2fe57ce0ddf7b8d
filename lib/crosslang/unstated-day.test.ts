import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { unstatedDay } from './unstated-day.ts';

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
