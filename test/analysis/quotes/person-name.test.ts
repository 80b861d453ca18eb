import { describe, expect, it } from 'vitest';
import { cleanPersonName } from '../../../src/analysis/quotes/person-name.js';
import { quoteSpeakers } from '../helpers.js';

/** Quotes with the full analysis stages the extractor reads (sentences and entity mentions). */
const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('cleanPersonName', () => {
  it.each([
    ['Local MP Joanna Pike', 'Joanna Pike', 'Local MP'],
    ['Retired Judge Amos Kerr', 'Amos Kerr', 'Retired Judge'],
    ['DSP Tunde Bakare', 'Tunde Bakare', 'DSP'],
    ['Witness Marta Silva', 'Marta Silva', 'Witness'],
    ['Supporter Ben Okoro', 'Ben Okoro', 'Supporter'],
    ['Democrat Lena Ostrow', 'Lena Ostrow', 'Democrat'],
    ['Tory Miles Penrose', 'Miles Penrose', 'Tory'],
    ['Air Vice-Marshal Ewan Tait', 'Ewan Tait', 'Air Vice-Marshal'],
    ['Lance Corporal Rhys Bevan', 'Rhys Bevan', 'Lance Corporal'],
    ['Circuit Judge Maren Holt', 'Maren Holt', 'Circuit Judge'],
    ['Sgt. 1st Class Dana Pruett', 'Dana Pruett', 'Sgt. 1st Class'],
    ['Mayor-elect Ines Varga', 'Ines Varga', 'Mayor-elect'],
    ['Ex-President Tomas Brandl', 'Tomas Brandl', 'Ex-President'],
    ['Baroness Cora Penhale', 'Cora Penhale', 'Baroness'],
  ])('%s -> %s', (written, name, role) => {
    expect(cleanPersonName(written)).toEqual({ name, role });
  });

  it.each(['JD Vance', 'Will Hartley', 'Hope Carrington', 'Fan Bingbing', 'Duke Ellison', 'Earl Whitford'])('keeps %s whole', (written) => {
    expect(cleanPersonName(written)).toEqual({ name: written });
  });
});

describe('speaker names at a quote', () => {
  it('a label word before a name is not part of it', () => {
    expect(speakers('Spectator Ruth Amery, 27, told reporters: “Everyone just froze.”')).toEqual(['Ruth Amery']);
  });

  it('a police rank abbreviation before a name is a role', () => {
    expect(speakers('The spokesman, ASP Musa Danladi, said: “Three suspects are in custody.”')).toEqual(['Musa Danladi']);
  });

  it('an acronym written after its organisation without parentheses names it', () => {
    const body = 'The Lagos State Independent Electoral Commission met on Sunday.\n\nLASIEC said turnout was “encouraging”.';
    expect(speakers(body)).toEqual(['Lagos State Independent Electoral Commission']);
  });

  it('a defined acronym names the full organisation', () => {
    const body = 'The Harbour Pilots Guild (HPG) walked out.\n\nThe HPG said the offer was “an insult”.';
    expect(speakers(body)).toEqual(['Harbour Pilots Guild']);
  });
});

describe('short references to a person named in full', () => {
  it('titles or a rank abbreviation before a surname reach the full name', () => {
    const body = 'Air Chief Marshal Colin Strand leads the search.\n\n“We are hopeful,” CP Strand said.\n\n“It is slow work,” Marshal Strand added.';
    expect(speakers(body)).toEqual(['Colin Strand', 'Colin Strand']);
  });

  it('a given name alone refers back to the one person named in full with it', () => {
    const body = 'Delia Marsh waited outside the court with her son.\n\n“He is scared,” Delia said.';
    expect(speakers(body)).toEqual(['Delia Marsh']);
  });

  it('a given name shared by two people named in full stays as written', () => {
    const body = 'Delia Marsh and Delia Brant waited outside.\n\n“He is scared,” Delia said.';
    expect(speakers(body)).toEqual(['Delia']);
  });
});

describe('datelines glued to the opening name', () => {
  it('a place before a given name and surname is the dateline, not part of the name', () => {
    expect(speakers('Lisbon Marta Quental said on Monday that the port would “reopen soon”.')).toEqual(['Marta Quental']);
  });

  it('an upper-case dateline before a title is not part of the name', () => {
    expect(speakers('NAIROBI Health Minister Otieno Kamau said the clinics were “overwhelmed”.')).toEqual(['Otieno Kamau']);
  });

  it('a place that is also a given name stays', () => {
    expect(cleanPersonName('Jordan Ellis')).toEqual({ name: 'Jordan Ellis' });
  });
});

describe('nicknames', () => {
  it('a nickname in quotation marks between given name and surname is left out of the full name', () => {
    const body = 'Marcus “The Hammer” Delaney retired on Friday.\n\n“It was time,” Delaney said.';
    expect(speakers(body).at(-1)).toBe('Marcus Delaney');
  });
});

describe('surname forms', () => {
  it('a surname with particles, capitalised at a sentence start, reaches the full name', () => {
    const body = 'Anneke van der Linde chairs the board.\n\n“We are ready,” Van der Linde said.';
    expect(speakers(body)).toEqual(['Anneke van der Linde']);
  });

  it('surnames with inner capitals (DeMarco, LeBlanc) link to the full name', () => {
    const body = 'Talia DeMarco and Remy LeBlanc spoke on Monday.\n\n“It works,” DeMarco said.\n\n“It does,” LeBlanc said.';
    expect(speakers(body)).toEqual(['Talia DeMarco', 'Remy LeBlanc']);
  });
});

describe('organisation short forms at a quote', () => {
  it('a company quoted without its legal suffix takes the full name, and "it" refers to it', () => {
    const body = 'Shares of Harlow Valve Corp. fell.\n\nHarlow Valve said “demand is weak”. It added that “prices will rise”.';
    expect(speakers(body)).toEqual(['Harlow Valve Corp.', 'Harlow Valve Corp.']);
  });
});

describe('acronyms with a country qualifier', () => {
  it('an acronym that leaves out a leading "US" names the full organisation', () => {
    const body = 'The US Marine Safety Board (MSB) opened an inquiry.\n\nThe MSB said the ferry was “unfit to sail”.';
    expect(speakers(body)).toEqual(['US Marine Safety Board']);
  });
});

describe('organisations known only from their definition', () => {
  it('a mixed-case acronym defined after an unfamiliar name is that organisation at a quote', () => {
    const body = 'The Verband der Fischer (VdF) protested on Monday.\n\nThe VdF said the quotas were “a death sentence”.';
    expect(speakers(body)).toEqual(['Verband der Fischer']);
  });
});

describe('monarchs and popes', () => {
  it('keep their title as part of the name, also when referred to by the name alone', () => {
    const body = 'Queen Amalia of Norvania opened the bridge.\n\n“It unites us,” Queen Amalia said.\n\n“We waited long,” Amalia added.';
    expect(speakers(body)).toEqual(['Queen Amalia', 'Queen Amalia']);
  });
});

describe('generational suffixes', () => {
  it('a surname alone refers to the full name written with Jr.', () => {
    expect(speakers('Tomas Hale Jr. runs the farm.\n\n“We lost everything,” Hale said.')).toEqual(['Tomas Hale Jr.']);
  });
});

describe('offices and adjectives before a full name are not part of it', () => {
  it('an area and an office ("Santa Clara County Public Defender Molly O’Neal") lead the name', () => {
    expect(cleanPersonName('Marin County Public Defender Dora Quist').name).toBe('Dora Quist');
  });

  it('"The Polish-born X" and "Fifteen-year-old X" are X', () => {
    expect(cleanPersonName('The Polish-born Teodor').name).toBe('Teodor');
    expect(cleanPersonName('Fifteen-year-old Kenji Ota').name).toBe('Kenji Ota');
    expect(cleanPersonName('Airman Teo Ruiz').name).toBe('Teo Ruiz');
    expect(cleanPersonName('Nazi Adolf Brandt').name).toBe('Adolf Brandt');
  });
});
