import { describe, expect, it } from 'vitest';
import { actorCompetitor, bodyCompetitor, competitor, corporateCompetitor, firstNameCompetitor, interlocutorCompetitor, knownSpeakerCompetitor, officeCompetitor, outletCompetitor, placeCompetitor, premisesCompetitor, routeCompetitor, seaCompetitor, slotCompetitor, strangePlaces, strangers, strangersAsPlaces, venueCompetitor } from './substitute.ts';

// Report text written for these tests (not the seeds' wording).
const REPORTS = [
  'Ministry spokeswoman Olga Petrenko rejected the reports on Monday. Minister Ivan Sokolov spoke with Lisbon.',
  'Secretary of State Mike Pompeo told a gala in Boston that the general was ready to leave. Pompeo said so twice.',
];

describe('someone no report knows, standing in for someone the report names', () => {
  it('finds the names no report knows, not a first name spelled otherwise before a known surname', () => {
    expect(strangers('spokesman Dmitri Peskov rejected reports Monday', ['Dmitri', 'Peskov'], REPORTS)).toEqual(['Peskov']);
    expect(strangers('secretary of state Mayk Pompeo told gala', ['Mayk', 'Pompeo'], REPORTS)).toEqual([]);
    expect(strangers('Olga Petrenko rejected reports', ['Olga', 'Petrenko'], REPORTS)).toEqual([]);
    // A place of two words before a known one is a route's end, not a first name ("St. Petersburg Lisbon").
    expect(strangers('St. Petersburg Lisbon flight cancelled', ['St. Petersburg', 'Lisbon'], REPORTS)).toEqual(['St. Petersburg']);
    expect(strangers('flight Sankt-Peterburg Lisbon cancelled', ['Sankt-Peterburg', 'Lisbon'], REPORTS)).toEqual(['Sankt-Peterburg']);
    // …and so is one word before a name the reports never write after a first name («рейс Казань — Лиссабон»).
    expect(strangers('flight Kazan Lisbon cancelled', ['Kazan', 'Lisbon'], REPORTS)).toEqual(['Kazan']);
    // …but not a day's name: "feriado por el Día de la Abolición del Ejército".
    expect(strangers('flight Lisbon Monday, holiday day Abolicion army', ['Lisbon', 'Abolicion'], REPORTS)).toEqual([]);
  });
  it('finds the name the report’s sentence has and the sentence leaves out', () => {
    expect(competitor('Ministry spokeswoman Olga Petrenko rejected the reports on Monday.', 'spokesman Dmitri Peskov rejected reports Monday', ['Dmitri', 'Peskov'], REPORTS[0])).toBe('Olga Petrenko');
    // Spelled across scripts ("Ikesi" for "Icesi"), the name is the same.
    expect(competitor('An expert at Icesi University said so.', 'expert university Ikesi said', ['Ikesi'])).toBeUndefined();
    // A route's other end is another route ("St Petersburg–Lisbon" for "Moscow-Lisbon").
    expect(competitor('The Moscow-Lisbon flight on May 1 is cancelled.', 'St Petersburg Lisbon flight 1 May cancelled', ['St Petersburg', 'Lisbon'])).toBe('Moscow');
    // A body the sentence names by its initials is named ("la agencia AP" / "the Associated Press").
    expect(competitor('An official told the Associated Press that it began on Friday.', 'chairman Ramon Echenique told board according agency AP began Friday', ['Ramon', 'Echenique', 'AP'])).toBeUndefined();
    // A newspaper the sentence names by what it is stands in for no one; one it names does.
    expect(competitor('Rostec denied the Journal’s report.', 'state corporation Rostec includes Rosoboronexport information newspaper denied', ['Rostec', 'Rosoboronexport'], '', ['Rosoboronexport'])).toBeUndefined();
    expect(competitor('In a televised interview with Univision, Juan Guaido declared it was the beginning of the end.', 'Guaido said network Telemundo beginning end', ['Guaido', 'Telemundo'], '', ['Telemundo'])).toBe('Univision');
    // A name with a small word inside is one name, not a route: "Mar-a-Lago" stands where "Doral" does.
    expect(competitor('This Monday Anna Berg will headline an event at her Mar-a-Lago residence alongside Viktor Kalin.', 'Anna Berg appeared golf club Doral alongside Viktor Kalin', ['Anna Berg', 'Doral', 'Viktor Kalin'])).toBe('Mar-a-Lago');
  });
  it('not a title, a country, a people or the report’s protagonist', () => {
    expect(competitor('Secretary of State Mike Pompeo told a gala in Boston.', 'Mike Pompeo told gala Boston', ['Mike', 'Pompeo', 'Boston'], REPORTS[1])).toBeUndefined();
    expect(competitor('The Russian embassy in Venezuela said so.', 'embassy said', [])).toBeUndefined();
    // "the Chavista foreign minister" is a camp, not a name.
    expect(competitor('From Caracas, the Chavista foreign minister, Ivan Sokolov, denounced the aggressions.', 'foreign minister Ivan Sokolov spoke deputy Riabkov aggression', ['Ivan', 'Sokolov', 'Riabkov'], REPORTS[0])).toBeUndefined();
    expect(competitor('Pompeo told a gala that Pompeo would stay, Pompeo said, and Pompeo left.', 'gala stay', [], 'Pompeo told a gala that Pompeo would stay, Pompeo said, and Pompeo left.')).toBeUndefined();
  });
  it('the one a quotation is attributed to, however often the report names them', () => {
    const report = 'Nordwind Travel runs charters. Nordwind Travel sells tours. Nordwind Travel flies weekly. “The Oslo-Lisbon flight on May 1 is cancelled,” Nordwind Travel said.';
    expect(competitor('“The Oslo-Lisbon flight on May 1 is cancelled,” Nordwind Travel said.', 'Iberia cancelled flight Oslo Lisbon 1 May', ['Iberia', 'Oslo', 'Lisbon'], report)).toBe('Nordwind Travel');
    // …or who does what the stranger does ("Как подтвердил РСТ" / "ATORUS confirmed"), first in the sentence or not.
    const tours = 'UNITOUR runs charters. UNITOUR sells tours. UNITOUR flies weekly. UNITOUR confirmed that special flights are being organised.';
    expect(competitor('UNITOUR confirmed that special flights are being organised.', 'confirmed Russian alliance Rst special flight organised', ['Rst'], tours)).toBe('UNITOUR');
    expect(competitor('UNITOUR flies weekly.', 'confirmed Russian alliance Rst special flight organised', ['Rst'], tours)).toBeUndefined();
    // Named in passing, not as the speaker, a protagonist stays out.
    expect(competitor('The Oslo-Lisbon flight of Nordwind Travel on May 1 is cancelled.', 'Iberia cancelled flight Oslo Lisbon 1 May', ['Iberia', 'Oslo', 'Lisbon'], report)).toBeUndefined();
  });
  it('the protagonist where the sentence has a stranger of first name and surname instead', () => {
    const report = 'Ivan Sokolov met the general. Ivan Sokolov spoke. Ivan Sokolov left. The general pleaded with President Ivan Sokolov for radars.';
    expect(competitor('The general pleaded with President Ivan Sokolov for radars.', 'general asked prime minister Pavel Orlov radars', ['Pavel', 'Orlov'], report, ['Orlov'])).toBe('Ivan Sokolov');
    // (A stranger of one word does not displace the protagonist.)
    expect(competitor('The general pleaded with President Ivan Sokolov for radars.', 'general asked Orlov radars', ['Orlov'], report, ['Orlov'])).toBeUndefined();
  });
});

describe('somewhere no report names, standing in for a place the report has', () => {
  const reports = ['Likewise, he sought more trade with Brazil, which has sold Peru grain since 2004. Norway hosted the talks.'];
  it('finds places no report names in any form: a country and its people are one', () => {
    expect(strangePlaces(['India', 'Peru', 'Norwegian', 'Caribbean Sea', 'Moscow'], reports)).toEqual(['India', 'Caribbean Sea']);
    // "India" is not "indicated": a people's ending, not any longer word.
    expect(strangePlaces(['India'], ['The minister indicated as much.'])).toEqual(['India']);
  });
  it('finds the place of the report’s sentence the sentence leaves out, not a people, nor a capital of a country it names', () => {
    expect(placeCompetitor('Likewise, he sought more trade with Brazil, which has sold Peru grain since 2004.', 'sold Peru grain India since 2004', reports[0])).toBe('Brazil');
    expect(placeCompetitor('The Brazilian minister said Moscow would oppose it.', 'minister Russia oppose', '')).toBeUndefined();
    expect(placeCompetitor('The minister said Moscow would oppose it.', 'minister Algeria oppose', '')).toBe('Moscow');
    // A people stands for its country only as the government ("the Guyanese government"), not as a minister's title.
    expect(placeCompetitor('The Guyanese government accused the tanker of flying its flag.', 'government Suriname accused tanker flag', '')).toBe('Guyanese');
    // A name that opens the report's sentence and acts: "Rostec denied…" against a stranger who denied.
    expect(competitor('Rostec denied the Journal’s report.', 'Rosoboronexport agency state-owned Russian export weapons denied published Journal', ['Rosoboronexport', 'Journal'])).toBe('Rostec');
    expect(competitor('Meanwhile the Journal reported it.', 'Rosoboronexport denied published Journal', ['Rosoboronexport', 'Journal'])).toBeUndefined();
    // A city no report knows, put there by a preposition, before a capital the reports know: a place, not a first name.
    const lavrov = 'Sergey Lavrov warned 25 January 2019, visit Casablanca Moscow would oppose political destructive Washington';
    expect(strangers(lavrov, ['Sergey', 'Lavrov', 'Casablanca'], ['Russian Foreign Minister Sergei Lavrov warned on Friday that Moscow would oppose it.'])).toEqual(['Casablanca']);
    expect(strangersAsPlaces('Serguéi Lavrov ha advertido hoy, de visita en Casablanca, que Moscú se opondrá.', ['Casablanca'])).toEqual(['Casablanca']);
    expect(strangersAsPlaces('Según Casablanca, que Moscú se opondrá.', ['Casablanca'])).toEqual([]);
    // (Russian declines the place, which the gloss spells in Latin letters.)
    expect(strangersAsPlaces('Мэр выступил на приеме в Хьюстоне 1 мая.', ['Khyuston'])).toEqual(['Khyuston']);
    expect(strangersAsPlaces('Мэр встретился с Хьюстоном 1 мая.', ['Khyuston'])).toEqual([]);
    expect(placeCompetitor('Lavrov warned on Friday that Moscow would oppose it. While visiting Rabat, Morocco, he denounced the calls.', lavrov, '')).toBe('Morocco');
    // A ship's flag is its country's: "a Panamanian flag" against "bandera de las Islas Marshall".
    expect(placeCompetitor('The Centuries sailed with a Panamanian flag linked to China.', 'seizure Centuries tanker flag Marshall Islands linked Chinese', '')).toBe('Panamanian');
    expect(placeCompetitor('The Panamanian minister said the ship was seized.', 'minister Marshall Islands ship seized', '')).toBeUndefined();
    expect(placeCompetitor('The Guyanese minister accused the tanker of flying its flag.', 'minister Suriname accused tanker flag', '')).toBeUndefined();
    // (A people's word of a longer region name is no place: "Pan American", of "American Samoa".)
    expect(placeCompetitor('The Andean Forum, a Pan American body of nine states, will meet in February.', 'Peru member Andean Forum nine country', '')).toBeUndefined();
    expect(placeCompetitor('The Andean Forum, a body of nine states, will meet in Ecuador.', 'Peru member Andean Forum nine country', '')).toBe('Ecuador');
  });
});


describe('the same surname with another first name', () => {
  const passage = 'Peter Lindqvist, an economist at Uppsala University, noted that the port will stay shut.';
  it('is someone else in the report’s sentence, however the alphabets spell the surname', () => {
    expect(firstNameCompetitor(passage, 'Шведский экономист Павел Линдквист из университета Уппсалы считает, что порт не откроют.', 'Swedish economist Pavel Lindkvist university Uppsala believes port not open', passage)).toEqual({ claim: 'Pavel Lindkvist', report: 'Peter Lindqvist' });
  });
  it('not the same first name in another spelling, nor two names the gloss alone sets side by side', () => {
    expect(firstNameCompetitor(passage, 'Шведский экономист Петер Линдквист считает, что порт не откроют.', 'Swedish economist Peter Lindkvist believes port not open', passage)).toBeUndefined();
    expect(firstNameCompetitor(passage, 'Как сказал Стокгольм, Линдквист считает, что порт не откроют.', 'said Stockholm Lindkvist believes port not open', passage)).toBeUndefined();
  });
});

describe('a known place in the role the report gives another', () => {
  it('finds the host or the link the report names instead', () => {
    expect(slotCompetitor('In April, Chile will host a summit of the Andes Forum.', 'summit Andes Forum April will host Peru', ['Peru'])).toEqual({ claim: 'Peru', report: 'Chile' });
    expect(slotCompetitor('The freighter Aurora, with a Maltese flag, is linked to Turkey.', 'freighter Aurora flag Malta Washington attributed links Iran', ['Malta', 'Iran'])).toEqual({ claim: 'Iran', report: 'Turkey' });
    expect(slotCompetitor('The freighter Aurora, on the other hand, was registered in Malta and is sanctioned.', '10 May boarded Aurora registered ship Cyprus sanction', ['Cyprus'])).toEqual({ claim: 'Cyprus', report: 'Malta' });
    // A place that says so is the source, not the flag: "по версии Вашингтона, под чужим флагом".
    expect(slotCompetitor('The freighter Aurora, with a Maltese flag, is linked to Turkey.', 'freighter Aurora pursued warrant version Washington false flag', ['Washington'])).toBeUndefined();
  });
  it('finds with whom the report says a country has a dispute instead, whoever the report names beside it', () => {
    const passage = 'The Brandt government has stepped up pressure on Freedonia over its ties to Iran, territorial disputes with Chile and its debts.';
    expect(slotCompetitor(passage, 'Berlin explains pressure ties Freedonia Iran territorial dispute Peru debts', ['Iran', 'Peru'])).toEqual({ claim: 'Peru', report: 'Chile' });
    expect(slotCompetitor(passage, 'Berlin explains pressure ties Freedonia Iran territorial dispute Chile debts', ['Iran', 'Chile'])).toBeUndefined();
  });
  it('finds with whom the report has contacts instead', () => {
    const passage = 'The minister denounced "pressure" and confirmed contacts with Havana to coordinate positions.';
    expect(slotCompetitor(passage, 'minister denounced pressure confirmed contact Bogota coordinate positions', ['Bogota'])).toEqual({ claim: 'Bogota', report: 'Havana' });
    expect(slotCompetitor(passage, 'minister confirmed contact Havana coordinate positions', ['Havana'])).toBeUndefined();
  });
  it('finds the government the report names instead', () => {
    const passage = 'The Maltese government issued a statement accusing the freighter of flying its flag to favour the Aurora Shipping scheme.';
    expect(slotCompetitor(passage, 'government Tunisia accused freighter Tunisian flag scheme Aurora', ['Tunisia', 'Tunisian'])).toEqual({ claim: 'Tunisia', report: 'Maltese' });
    expect(slotCompetitor(passage, 'government Malta accused freighter flag scheme Aurora', ['Malta'])).toBeUndefined();
  });
  it('finds where forces are deployed, and not an institution for a place', () => {
    const passage = 'This comes as the U.S. deploys 9 frigates and 4,000 sailors to the Baltic, signaling escalation.';
    expect(slotCompetitor(passage, 'navy maintains 9 frigate 4,000 sailors deploy Mediterranean eastern', ['Mediterranean'])).toEqual({ claim: 'Mediterranean', report: 'Baltic' });
    expect(slotCompetitor(passage, 'Pentagon deploy zone 9 frigate 4,000 sailors', ['Pentagon'])).toBeUndefined();
    // The place before "deployed" is who deploys: "Alemania mantiene desplegadas…".
    expect(slotCompetitor(passage, 'Germany maintains deployed zone 9 frigate 4,000 sailors', ['Germany'])).toBeUndefined();
    // A people beside a deployment is whose it is: "el despliegue militar alemán".
    expect(slotCompetitor(passage, 'deployment military German 9 frigate 4,000 sailors', ['German'])).toBeUndefined();
    // …and the country right after the forces: «у берегов Норвегии развернуты 9 фрегатов Германии».
    expect(slotCompetitor(passage, 'shore Norway deployed 9 frigate Germany', ['Norway', 'Germany'])).toBeUndefined();
  });
  it('not where the role is of something else the report’s sentence names', () => {
    expect(slotCompetitor('The seizure of the Borealis, as well as the Aurora, the latter with a Maltese flag linked to Turkey.', 'Borealis seized Panama registry links Iran', ['Panama', 'Iran'])).toBeUndefined();
  });
  it('not where the sentence names the report’s place too', () => {
    expect(slotCompetitor('In April, Chile will host a summit of the Andes Forum.', 'summit Andes Forum Chile will host Peru attend', ['Chile', 'Peru'])).toBeUndefined();
  });
});

describe('another end of a flight', () => {
  const passage = '“The Lisbon-Faro flight on May 1 has been cancelled. A Lisbon-Porto flight is planned instead,” the airline said.';
  it('is found against the report’s flight from the same place', () => {
    expect(routeCompetitor(passage, 'airline cancelled flight Lisbon Madeira 1 May instead planned flight Lisbon Porto')).toEqual({ claim: 'Lisbon–Madeira', report: 'Lisbon-Faro' });
  });
  it('not when the sentence flies where the report does', () => {
    expect(routeCompetitor(passage, 'airline cancelled flight Lisbon-Faro 1 May instead planned flight Lisbon Porto')).toBeUndefined();
    expect(routeCompetitor(passage, 'airline cancelled flight Lisbon Faro 1 May')).toBeUndefined();
  });
  it('is the same two ends the other way round: the flight back is another flight', () => {
    expect(routeCompetitor(passage, 'airline cancelled return flight Faro Lisbon 1 May')).toEqual({ claim: 'Faro–Lisbon', report: 'Lisbon-Faro' });
    expect(routeCompetitor(passage, 'airline cancelled flights Lisbon Faro and flights Faro Lisbon 1 May')).toBeUndefined();
  });
});

describe('someone given another office', () => {
  const passage = 'The governor spoke alongside Secretary of State Ana Vidal and Defense Secretary Luis Ortega, in what aides called a major announcement.';
  it('finds the same person in another office, offices swapped', () => {
    expect(officeCompetitor(passage, 'governor spoke flanked defense secretary Ana Vidal secretary of state Luis Ortega aides announced')).toEqual({ claim: 'defense secretary Ana Vidal', report: 'Secretary of State Ana Vidal' });
  });
  it('finds a spokesperson of another body, the body either side of the word', () => {
    const said = 'Foreign Ministry spokeswoman Lena Berg dismissed the reports on Monday.';
    expect(officeCompetitor(said, 'Monday, spokesperson Kremlin Lena Berg rejected reports')).toEqual({ claim: 'spokesperson Kremlin Lena Berg', report: 'Foreign Ministry spokeswoman Lena Berg' });
    expect(officeCompetitor('Foreign Ministry spokeswoman Lena Berg dismissed the reports.', 'spokesperson foreign ministry Lena Berg rejected reports')).toBeUndefined();
  });
  it('not the same office, nor someone the report gives no office', () => {
    expect(officeCompetitor(passage, 'governor spoke secretary of state Ana Vidal defense secretary Luis Ortega')).toBeUndefined();
    expect(officeCompetitor(passage, 'governor spoke foreign minister Pablo Ruiz')).toBeUndefined();
    expect(officeCompetitor('The governor spoke alongside Ana Vidal.', 'defense secretary Ana Vidal spoke')).toBeUndefined();
  });
});

describe('someone given another title in a company', () => {
  const passage = 'Lena Berg, CEO of Sol Viajes, said that tourists already on the island would finish their holidays.';
  it('finds the company\'s chief called its spokesperson or its sales chief', () => {
    expect(corporateCompetitor(passage, 'spokesperson Sol Viajes Lena Berg assured tourists island')).toEqual({ claim: 'spokesperson Sol Viajes Lena Berg', report: 'Lena Berg, CEO' });
    expect(corporateCompetitor(passage, 'commercial Sol Viajes Lena Berg specified tourists')).toEqual({ claim: 'commercial Sol Viajes Lena Berg', report: 'Lena Berg, CEO' });
  });
  it('not the same title in other words, a bare "director", or another person', () => {
    expect(corporateCompetitor(passage, 'director general Sol Viajes Lena Berg said tourists')).toBeUndefined();
    expect(corporateCompetitor(passage, 'director Sol Viajes Lena Berg said tourists')).toBeUndefined();
    expect(corporateCompetitor(passage, 'spokesperson Sol Viajes Ana Ruiz said tourists')).toBeUndefined();
  });
});

describe('another body doing the same act', () => {
  const passage = 'On Thursday, the US State Department ordered some members of its staff to leave the capital.';
  it('finds the body the report has doing it', () => {
    expect(actorCompetitor(passage, 'Thursday, Pentagon ordered left staff capital')).toEqual({ claim: 'Pentagon', report: 'State Department' });
    expect(actorCompetitor(passage, 'Thursday, defense ministry US ordered staff left')).toEqual({ claim: 'defense ministry', report: 'State Department' });
  });
  it('not the same body, another act, or a sentence naming both', () => {
    expect(actorCompetitor(passage, 'Thursday, state department ordered staff left')).toBeUndefined();
    expect(actorCompetitor(passage, 'Pentagon said staff left')).toBeUndefined();
    expect(actorCompetitor(passage, 'Pentagon ordered staff left after State Department asked')).toBeUndefined();
  });
});

describe('somewhere else it happened', () => {
  const passage = 'On Friday the president will speak to donors at his Mar-a-Lago estate, in what the White House called a key speech.';
  it('finds a venue the report gives the event while naming the sentence\'s venue for something else', () => {
    expect(venueCompetitor(passage, 'El viernes el presidente habló ante donantes desde la Casa Blanca.', 'es')).toEqual({ claim: 'White House', report: 'Mar-a-Lago' });
    expect(venueCompetitor(passage, 'В пятницу президент выступил перед спонсорами в Белом доме.', 'ru')).toEqual({ claim: 'White House', report: 'Mar-a-Lago' });
  });
  it('not when both have the same venue, nor when the sentence only names the body', () => {
    expect(venueCompetitor(passage, 'В пятницу президент выступил перед спонсорами в Мар-а-Лаго.', 'ru')).toBeUndefined();
    expect(venueCompetitor(passage, 'La Casa Blanca anunció un discurso clave del presidente.', 'es')).toBeUndefined();
    expect(venueCompetitor('The president spoke at the White House on Friday.', 'El presidente habló el viernes en la Casa Blanca.', 'es')).toBeUndefined();
  });
});

describe('someone else they spoke with', () => {
  const passage = 'Peru\'s trade minister Ana Soto said she spoke with her Chilean counterpart, Pablo Ruiz, on Tuesday.';
  it('finds an ambassador or another named person where the report names its person', () => {
    expect(interlocutorCompetitor(passage, 'La ministra Ana Soto dijo que el martes habló por teléfono con el embajador de Chile en Lima.', 'minister Ana Soto said Tuesday spoke telephone ambassador Chile Lima', 'es')).toEqual({ claim: 'el embajador de Chile en Lima', report: 'Pablo Ruiz' });
    expect(interlocutorCompetitor(passage, 'Министр Ана Сото сообщила, что во вторник обсудила ситуацию по телефону с послом Чили в Лиме.', 'minister Ana Soto said Tuesday discussed situation telephone ambassador Chile Lima', 'ru')).toEqual({ claim: 'послом Чили в Лиме', report: 'Pablo Ruiz' });
  });
  it('not the report\'s person, nor a counterpart left unnamed', () => {
    expect(interlocutorCompetitor(passage, 'Ana Soto habló el martes con Pablo Ruiz.', 'Ana Soto spoke Tuesday Pablo Ruiz', 'es')).toBeUndefined();
    expect(interlocutorCompetitor(passage, 'Ana Soto habló el martes con su homólogo chileno.', 'Ana Soto spoke Tuesday counterpart Chilean', 'es')).toBeUndefined();
  });
});

describe('other premises than the report\'s embassy', () => {
  const report = 'Neighbours saw unusual activity at the Ruritanian Embassy on Tuesday. A dozen cars gathered in the compound before leaving at noon.';
  it('finds a trade mission or a residence the report never names', () => {
    expect(premisesCompetitor(report, 'Во вторник около дюжины машин собрались во дворе здания торгпредства Руритании.', 'ru')).toEqual({ claim: 'trade mission', report: 'embassy' });
    expect(premisesCompetitor(report, 'El martes una docena de autos se reunieron en el patio de la residencia del embajador.', 'es')).toEqual({ claim: 'ambassador’s residence', report: 'embassy' });
  });
  it('not premises the report names too, nor a mention that places nothing', () => {
    expect(premisesCompetitor(`${report} The consulate stayed open.`, 'El martes una docena de autos se reunieron frente al consulado.', 'es')).toBeUndefined();
    expect(premisesCompetitor(report, 'El consulado no comentó la salida de una docena de autos.', 'es')).toBeUndefined();
  });
});

describe('another sea', () => {
  const passage = 'The navy keeps 9 frigates and 4,000 sailors in the Mediterranean, officials said.';
  it('finds the sea the sentence puts the fleet in where the report has another', () => {
    expect(seaCompetitor(passage, 'navy concentrated eastern part Pacific 9 frigate')).toEqual({ claim: 'Pacific', report: 'Mediterranean' });
  });
  it('not the same sea, nor a sentence that names both, nor one that names none', () => {
    expect(seaCompetitor(passage, 'navy keeps 9 frigate Mediterranean')).toBeUndefined();
    expect(seaCompetitor(passage, 'navy moved 9 frigate Mediterranean Atlantic')).toBeUndefined();
    expect(seaCompetitor(passage, 'navy keeps 9 frigate near coast')).toBeUndefined();
  });
});

describe('another assembly or court doing the same', () => {
  const passage = 'Few countries still backed the general after Freedonia\'s national assembly declared him a usurper and named Ana Ruiz interim president.';
  it('finds a court or another assembly where the report has the national assembly', () => {
    expect(bodyCompetitor(passage, 'few country backed general Supreme Court exile stated usurper recognized Ana Ruiz interim president')).toEqual({ claim: 'Supreme Court', report: 'national assembly' });
    expect(bodyCompetitor(passage, 'Ana Ruiz interim president National Constituent Assembly stated usurper general')).toEqual({ claim: 'National Constituent Assembly', report: 'national assembly' });
  });
  it('not the same body, nor another body doing something else', () => {
    expect(bodyCompetitor(passage, 'National Assembly declared usurper general')).toBeUndefined();
    expect(bodyCompetitor(passage, 'Supreme Court banned Ana Ruiz leaving country')).toBeUndefined();
  });
});

describe('another outlet that had it', () => {
  it('finds the outlet the report credits instead', () => {
    expect(outletCompetitor('Documents obtained by the Washington Post show the mayor asked for funds.', 'American Newsmax document mayor asked funds')).toEqual({ claim: 'Newsmax', report: 'Washington Post' });
    expect(outletCompetitor('In remarks on national television, the mayor said talks had gone on for months.', 'interview RT mayor told talks several month')).toEqual({ claim: 'RT', report: 'national television' });
  });
  it('finds the outlet of an interview the report tells in another sentence', () => {
    const report = 'Talks in Oslo ended on May 29 without progress.\n“We stay in the streets,” the mayor told Fox Business Network.';
    expect(outletCompetitor('Talks in Oslo ended on May 29 without progress.', '29 May talks Oslo ended mayor interview CNBC streets', report)).toEqual({ claim: 'CNBC', report: 'Fox Business' });
    expect(outletCompetitor('Talks in Oslo ended on May 29 without progress.', '29 May talks Oslo ended mayor interview Fox News streets', report)).toEqual({ claim: 'Fox News', report: 'Fox Business' });
    expect(outletCompetitor('Talks in Oslo ended on May 29 without progress.', '29 May talks Oslo ended according CNBC', report)).toBeUndefined();
  });
  it('not the same outlet, nor a report sentence that credits none', () => {
    expect(outletCompetitor('Documents obtained by the Washington Post show the mayor asked for funds.', 'wrote Washington post mayor asked funds')).toBeUndefined();
    expect(outletCompetitor('The mayor asked for funds.', 'American Newsmax document mayor asked funds')).toBeUndefined();
  });
  it('not "national television" against an outlet the report names too, for another clause of the sentence', () => {
    const passage = 'In remarks on national television, the governor said the talks had been prepared for months.';
    const report = `${passage}\n“We stay in the streets,” the mayor told Fox Business Network.`;
    expect(outletCompetitor(passage, 'mayor interview Fox Business promised streets, governor said talks prepared month', report)).toBeUndefined();
    expect(outletCompetitor(passage, 'mayor interview CNBC promised streets, governor said talks prepared month', report)).toEqual({ claim: 'CNBC', report: 'national television' });
  });
});

describe('words the report gives one person, given to another it knows', () => {
  // Written for this test.
  const report = 'Governor Anna Kovacs visited the port. After the strike, Mayor Peter Lind said the harbour would close and repeated that the union\'s days "are numbered."';
  const passage = 'After the strike, Mayor Peter Lind said the harbour would close and repeated that the union\'s days "are numbered."';
  it('names both when the sentence gives the words to someone else the report names', () => {
    expect(knownSpeakerCompetitor(passage, 'after strike governor Anna Kovacs reiterated days union «are numbered»', ['Anna', 'Kovacs'], report)).toEqual({ claim: 'Kovacs', report: 'Peter Lind' });
    // (…the speaker last, after the verb: "la pronunció la gobernadora, Anna Kovacs".)
    expect(knownSpeakerCompetitor(passage, 'phrase union pronounced governor of port Anna Kovacs', ['Anna', 'Kovacs'], report)).toEqual({ claim: 'Kovacs', report: 'Peter Lind' });
  });
  it('finds nothing when the sentence names the report\'s speaker too, or speaks through no one', () => {
    expect(knownSpeakerCompetitor(passage, 'Peter Lind said, as governor Anna Kovacs reiterated, days union «are numbered»', ['Peter', 'Lind', 'Anna', 'Kovacs'], report)).toBeUndefined();
    expect(knownSpeakerCompetitor(passage, 'governor Anna Kovacs visited port, union days numbered', ['Anna', 'Kovacs'], report)).toBeUndefined();
  });
  it('finds nothing for someone the report never names', () => {
    expect(knownSpeakerCompetitor(passage, 'governor Olga Brandt reiterated days union «are numbered»', ['Olga', 'Brandt'], report)).toBeUndefined();
  });
});
