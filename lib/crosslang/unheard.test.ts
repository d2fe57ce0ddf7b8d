import { describe, expect, it } from 'vitest';
import { modelsIn, unheardModels, unheardOf } from './unheard.ts';

describe('a party no report has heard of', () => {
  it('is a body, a maker or an outlet the sentence gives a part in what it states', () => {
    expect(unheardOf('El Kremlin ofreció a Caracas repuestos para sus cazas Sukhoi y asesores de la firma Almaz-Antei.', ['Sukhoi', 'Almaz-Antei'])).toEqual(['Sukhoi', 'Almaz-Antei']);
    expect(unheardOf('El vocero confirmó la cifra a la agencia Xinhua.', ['Xinhua'])).toEqual(['Xinhua']);
  });

  it('is not a place the sentence puts something in: where, which reports word their own way', () => {
    expect(unheardOf('Los aviones despegaron del aeropuerto de Maiquetía antes del amanecer.', ['Maiquetia'])).toEqual([]);
    expect(unheardOf('El presidente habló desde su finca de Palm Beach, en Florida.', ['Palm', 'Beach', 'Florida'])).toEqual([]);
    expect(unheardOf('Lo explicó un profesor de la Universidad Icesi de Cali.', ['Cali'])).toEqual([]);
  });

  it('is not who tells the fact: an outlet, a witness, a caller, whose view it is', () => {
    expect(unheardOf('El semanario «Norte Grande» cuenta que la flota sigue en el Caribe.', ['Norte', 'Grande'])).toEqual([]);
    expect(unheardOf('La flota sigue en el Caribe, añade Infomar.', ['Infomar'])).toEqual([]);
    expect(unheardOf('Para Quiroga, la flota no se irá pronto del Caribe.', ['Quiroga'])).toEqual([]);
  });

  it('is not an institution written with a capital, nor a title, nor a name written in another script', () => {
    expect(unheardOf('El alcalde informó a la Junta del cierre del puerto.', ['Junta'])).toEqual([]);
    expect(unheardOf('La Sra. Pérez lo vio.', ['Sra'])).toEqual([]);
    expect(unheardOf('Об этом сообщил Шойгу.', ['Shoyg'])).toEqual([]);
  });
});

describe('a model no report has heard of', () => {
  const reports = modelsIn(['Moscow sent two Su-30MK2 fighters and an An-124 cargo plane to the island.']);
  it('is a designation no report writes, in either script', () => {
    expect(unheardModels('Pekín le vendió aviones de entrenamiento K-8 y blindados VN-4.', reports)).toEqual(['K-8', 'VN-4']);
    expect(unheardModels('На остров прилетели два Су-35.', reports)).toEqual(['Су-35']);
  });
  it('is not one a report writes, however the sentence spells it', () => {
    expect(unheardModels('Llegaron dos cazas Su-30MK2 y un An-124.', reports)).toEqual([]);
    expect(unheardModels('На остров прилетели два Су-30МК2 и Ан-124.', reports)).toEqual([]);
  });
});
