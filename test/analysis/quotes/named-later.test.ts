import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a role description resolved by a person the article names in that role later', () => {
  it('"their lawyer says" then "The couple’s lawyer, Ann Roe, said" is Ann Roe', () => {
    expect(
      speakers('"They were framed, plain and simple," their lawyer says.\n\nThe couple’s lawyer, Nadia Pell, said the payment was due on Friday.'),
    ).toEqual(['Nadia Pell']);
  });

  it('"the CEO of the firm said" then "Tom Park, CEO of the firm" is Tom Park', () => {
    expect(
      speakers('The CEO of the bakery chain said sales were "simply stunning."\n\n"We will open ten more shops," Omar Ruiz, CEO of Crumb & Co., said Monday.'),
    ).toEqual(['Omar Ruiz', 'Omar Ruiz']);
  });

  it('the everyday word for the title: "the CEO" after "chief executive", "the lawyer" after "attorney"', () => {
    expect(speakers('The firm’s chief executive, Lise Arno, spoke first.\n\n"It was a record year," the CEO said.')).toEqual(['Lise Arno']);
    expect(speakers('His German attorney, Dr. Pavel Strand, filed the appeal.\n\n"The verdict was unjust," the lawyer added.')).toEqual(['Pavel Strand']);
  });

  it('stays a description when two people hold the role, or none', () => {
    expect(
      speakers('Their lawyer said the case was "a farce."\n\nNadia Pell, a lawyer for the family, filed papers. Omar Ruiz, a lawyer for the city, objected.'),
    ).toEqual(['their lawyer']);
    expect(speakers('The mayor’s spokeswoman said the plan was "on track."')).toEqual(['the mayor’s spokeswoman']);
  });

  it('a prosecutor is not "their lawyer"', () => {
    expect(
      speakers('Their lawyer called the charges "absurd."\n\nDistrict Attorney Mara Quill said the case would go ahead.'),
    ).toEqual(['their lawyer']);
  });

  it('an owner must fit: "China’s chief negotiator" is not another country’s named negotiator', () => {
    expect(
      speakers('China’s chief negotiator called the text "unbalanced."\n\nKarim Sadek, Egypt’s chief negotiator, said talks would go on.'),
    ).toEqual(['China’s chief negotiator']);
  });

  it('anonymous and generic descriptions stay as written', () => {
    expect(speakers('The official said the talks were "over."\n\nJon Fell, a Treasury official, declined to comment.')).toEqual(['the official']);
  });
});

describe('a description the text names on the spot', () => {
  it('"a sergeant named Ravi", "identified only as", "gave her name only as" give the speaker that name', () => {
    expect(speakers('A sergeant named Ravi said: "We held the line."')).toEqual(['Ravi']);
    expect(speakers('"We held the line," said a medic identified only as Sgt. Tomas.')).toEqual(['Tomas']);
    expect(speakers('A shopkeeper who gave his name only as Idris said: "They took everything."')).toEqual(['Idris']);
    expect(speakers('A nurse, who asked to be identified only by her first name, Leila, said: "We ran out of beds."')).toEqual(['Leila']);
  });

  it('a description named in passing ("a man named in the suit") stays as written', () => {
    expect(speakers('A man named in the lawsuit said: "I was never there."')).toEqual(['a man']);
  });
});
