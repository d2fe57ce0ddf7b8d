import { describe, expect, it } from 'vitest';
import { englishDayParts, otherTimeOfDay, sourceDayParts } from './day-part.ts';

describe('parts of the day', () => {
  it('reads them in Russian and Spanish, not "mañana" as tomorrow nor "tarde" as late', () => {
    expect([...sourceDayParts('В понедельник около полудня от посольства отъехала колонна.', 'ru')]).toEqual(['noon']);
    expect([...sourceDayParts('Колонна выехала ещё до полудня, а вечером ворота закрыли.', 'ru')]).toEqual(['morning', 'evening']);
    expect([...sourceDayParts('El lunes por la tarde salió una caravana.', 'es')]).toEqual(['afternoon']);
    expect([...sourceDayParts('Mañana llegará tarde el vuelo.', 'es')]).toEqual([]);
    expect([...englishDayParts('Witnesses reported unusual activity on Monday morning.')]).toEqual(['morning']);
  });

  it('tells two times of one day apart only when both sentences give one', () => {
    const noon = sourceDayParts('В понедельник около полудня колонна уехала.', 'ru');
    expect(otherTimeOfDay(noon, () => 'Witnesses reported unusual activity on Monday morning.')).toBe(true);
    expect(otherTimeOfDay(noon, () => 'Witnesses reported unusual activity on Monday.')).toBe(false);
    expect(otherTimeOfDay(sourceDayParts('El lunes por la mañana se juntaron diez autos.', 'es'), () => 'On Monday morning cars gathered, and left in the afternoon.')).toBe(false);
  });
});
