import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('multi-part names referred back to by their surname part', () => {
  it('a two-word Spanish surname resolves to the full name it ends', () => {
    const body = 'Tomás Ruiz Delgado, 52, admitted the charge on Monday.\n\n“I am sorry for all of it,” Ruiz Delgado told the court.';
    expect(quoteSpeakers(body)).toEqual(['Tomás Ruiz Delgado']);
    const inverted = 'Lucía Fernández Ortega leads the union.\n\n“We will not sign,” said Fernández Ortega.';
    expect(quoteSpeakers(inverted)).toEqual(['Lucía Fernández Ortega']);
  });

  it('a lowercase "al-" surname and particles inside the name (bin, ibn) make one name', () => {
    const body = 'The talks were chaired by Faisal bin Nasser al-Harbi, the envoy.\n\n“Patience is needed,” Al-Harbi said.';
    expect(quoteSpeakers(body)).toEqual(['Faisal bin Nasser al-Harbi']);
    const el = 'Omar ibn Yusuf el-Sayed runs the clinic.\n\n“We have no fuel,” said El-Sayed.';
    expect(quoteSpeakers(el)).toEqual(['Omar ibn Yusuf el-Sayed']);
  });

  it('a long name with capitalised particles is still one name', () => {
    const body = 'Sheikh Nasser Bin Saud Bin Fahd Al-Mansour met the delegation.\n\n“The door is open,” Al-Mansour said.';
    expect(quoteSpeakers(body)).toEqual(['Nasser Bin Saud Bin Fahd Al-Mansour']);
  });

  it('a surname part shared by two people stays as written', () => {
    const body = 'Ana Ruiz Delgado and Pablo Ruiz Delgado run the farm.\n\n“It was a hard year,” Ruiz Delgado said.';
    expect(quoteSpeakers(body)).toEqual(['Ruiz Delgado']);
  });
});

describe('tag shapes around particle names and party labels', () => {
  it('a lowercase "el-"/"al-" surname in a tag is a name', () => {
    const body = 'Abdel Fattah el-Sisi met the envoy.\n\n“We will rebuild,” el-Sisi said.';
    expect(quoteSpeakers(body)).toEqual(['Abdel Fattah el-Sisi']);
  });

  it('a party label with a state abbreviation does not end the tag', () => {
    expect(quoteSpeakers('“We will rebuild,” Sen. Mary-Beth Kline (D-Mass.) said Tuesday.')).toEqual(['Mary-Beth Kline']);
    expect(quoteSpeakers('“We will rebuild,” Rep. Tom Reyes (R-Tex.) told reporters.')).toEqual(['Tom Reyes']);
  });
});
