import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { NameIndex } from '../../../src/analysis/quotes/names.js';
import type { EntityMention } from '../../../src/analysis/types.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

// Shapes first seen in session 9's unseen Multi-News documents; every sentence here is invented.
describe('shapes from unseen news, session 9', () => {
  it('a surname several people share means the one introduced by then, not a relative named further down', () => {
    const body = [
      'They charged 26-year-old Arnold Kessick of Nulato, a community of about 350 people, with assault.',
      'In an interview with a local station, Kessick denied any intent to harm anyone.',
      '“It was not intentional,” he said.',
      'Janice Kessick was told her son was to be arraigned on Sunday. She said she believed him.',
      'Rudy Kessick, a cousin, declined to talk. “The bad part is my last name,” he said.',
    ].join('\n\n');
    for (const withMentions of [false, true]) {
      expect(quoteSpeakers(body, { withMentions })).toEqual(['Arnold Kessick', 'Rudy Kessick']);
    }
  });

  it('a shared surname never resolves to a relative the article names further down, even one the entity pass confirmed', () => {
    const body = 'Troopers charged Arnold Kessick. Kessick denied it. Janice Kessick said he was a good son.';
    const at = body.indexOf('Janice');
    // The entity pass confirms only the later name: before the fix that made "Kessick" the mother.
    const janice: EntityMention = { text: 'Janice Kessick', start: at, end: at + 14, type: 'person', sentence: 2, name: 'Janice Kessick' };
    const names = new NameIndex(body, [janice]);
    const denied = body.indexOf('Kessick denied');
    expect(names.resolve('Kessick', denied, denied + 7).name).toBe('Arnold Kessick');
    // After both are named, the confirmed name still wins as before.
    expect(names.resolve('Kessick', body.length, body.length).name).toBe('Janice Kessick');
  });

  it('a name written with "The" is no person a later "he" can mean', () => {
    const body = 'The Iditarod has seen dog deaths before.\n\n“It was not intentional,” he said.';
    expect(quoteSpeakers(body)).toEqual(['unknown']);
  });

  it('"a lawyer and lobbyist Robert Miller" is one person with two roles', () => {
    expect(quoteSpeakers('This week, a lawyer and lobbyist Robert Miller published a report claiming that “credible sources” told him so.')).toEqual(['Robert Miller']);
    expect(quoteSpeakers('“We will appeal,” said the mayor and the governor.')).toEqual(['the mayor and the governor']);
  });

  it('"a group called X" names the group, and "called" there is no speech verb', () => {
    const body =
      'For instance, as the rules were being drafted, a group called Parents for Open Schools, which lists officers in two states, ' +
      'distributed a letter attacking them. It warned that the rules promoted “secular humanism,” and threatened to “take away the right of parents.”';
    expect(quoteSpeakers(body)).toEqual(['Parents for Open Schools', 'Parents for Open Schools']);
    expect(quoteSpeakers('“We won,” said a nurse named Sam Reyes.')).toEqual(['Sam Reyes']);
    // "the president called Trump ..." is still the president calling someone something.
    expect(quoteSpeakers('The president called Trump “a fraud.”')).toEqual(['the president']);
  });
});

describe('words quoted inside a speech noun someone owns', () => {
  it('the owner of the call, pledge or message said them, not the subject who praised it', () => {
    const body = [
      'Both senators loved Pope Francis\' speech to Congress on Thursday.',
      'Senator Ann Roe praised the pope’s message of justice and call to fix “environmental deterioration caused by human activity.”',
      'Tom Lee was less moved by Pope Francis\' call to welcome people who “travel north in search of a better life.”',
    ].join('\n\n');
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Pope Francis', 'Pope Francis']);
    expect(quoteSpeakers('Mayor Ann Roe welcomed Governor Tom Lee’s pledge to “end the shutdown by Friday.”', { withMentions: true })).toEqual(['Tom Lee']);
  });

  it('not when the subject calls the remark something, or the owner’s envoy speaks for himself', () => {
    expect(quoteSpeakers('Governor Peter Shumlin called Corbett’s remark “an absurd comparison.”', { withMentions: true })).toEqual(['Peter Shumlin']);
    const envoy = 'Talks stalled on Wednesday, with Moscow’s chief envoy Sergei Ryabkov warning that his country may take “retaliatory measures.”';
    expect(quoteSpeakers(envoy, { withMentions: true })).not.toEqual(['Moscow']);
  });
});

describe('described people and bare verb forms', () => {
  it('a speech verb in its bare form after "was forced to", and "moaned", are tags', () => {
    expect(quoteSpeakers('“This is not a joke,” Ann Roe was forced to explain.')).toEqual(['Ann Roe']);
    expect(quoteSpeakers('The firefighter writhed in pain.\n\n“No, no,” he moaned quietly.')).toEqual(['the firefighter']);
  });

  it('an -ed adjective after a determiner or a possessive stays in the subject a later "he" refers to', () => {
    const body = 'Aber Al-Rahabi survived. The baby’s anguished father, climbing into a car, writhed in pain.\n\n“No, no,” he moaned.';
    expect(quoteSpeakers(body)).toEqual(['the baby’s anguished father']);
    expect(quoteSpeakers('Ann Roe arrived. The injured man was taken to hospital.\n\n“It hurts,” he said.')).toEqual(['the injured man']);
  });
});

describe('names, titles and labels from a second unseen set', () => {
  it('a calendar word before a hyphen is no part of a name; "Lt Cmdr" without dots is a title', () => {
    const body = 'Actor George Takei fooled fans.\n\n“Let us do this,” the actor wrote.\n\n“Takei April-fooling us is cruel,” Ann Russo tweeted.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['George Takei', 'Ann Russo']);
    expect(quoteSpeakers('Lt Cmdr Adam Schantz, in charge of the plane, said: “Anybody out there is coming home.”', { withMentions: true })).toEqual(['Adam Schantz']);
  });

  it('a show title inside an inverted tag is part of the role, not a quotation that ends the tag', () => {
    const body = 'Mike Levin hoped so.\n\n“I went to bed early,” wrote TV producer and “Lucifer” showrunner Joe Henderson.';
    expect(quoteSpeakers(body)).toEqual(['Joe Henderson']);
  });

  it('an epithet picks up the one person named in the sentence before it', () => {
    const body = 'Emma Stone was cordial. “I love it,” she said.\n\nMeanwhile, Faye Dunaway was not as gregarious. The presenter told THR, “No, I am not going to speak about it.”';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Emma Stone', 'Faye Dunaway']);
  });

  it('a short form defined in brackets in any case is that body; a media player label opens no subject', () => {
    const body = 'The search is coordinated by the Australian Maritime Safety Authority (Amsa).\n\nHowever, Amsa later tweeted: “Ships staying in search area.”';
    expect(quoteSpeakers(body)).toEqual(['Australian Maritime Safety Authority']);
    expect(quoteSpeakers('Media playback is unsupported on your device Media caption BBC’s Jonathan Head: “Experts say this is hard”')).toEqual(['Jonathan Head']);
  });
});

describe('a third unseen set: ranks, synonyms, lyrics and headline names', () => {
  it('a rank before a name with an appositive is no part of the name; "Independent Counsel" is a title', () => {
    expect(quoteSpeakers('“It is fickle,” Flying Officer Peter Moore, the captain, told Reuters.')).toEqual(['Peter Moore']);
    expect(quoteSpeakers('Independent Counsel Ken Starr believed he had “substantial and credible” evidence.')).toEqual(['Ken Starr']);
  });

  it('"the lawyer" refers back to the unnamed attorney introduced before', () => {
    const body = 'Another prominent defense attorney said the evidence was lacking.\n\n“I do not think we are there yet,” said the lawyer, who asked not to be named.';
    expect(quoteSpeakers(body)).toEqual(['another prominent defense attorney']);
  });

  it('rapped and sang are speech verbs; a Title Case song named after them is no quotation; "X’s line “...”" is X’s', () => {
    expect(quoteSpeakers('“I got you stuck off the realness,” Ann Roe raps in their most memorable song, “Shook Ones Pt. II.”')).toEqual(['Ann Roe']);
    expect(quoteSpeakers('The song’s influence spread, and Ann Roe’s line “I’m only 19 but my mind is old” was re-used.')).toEqual(['Ann Roe']);
  });

  it('a headline preposition ends a name: "Mobb Deep’s Prodigy Dies At 42" names no "Prodigy Dies At"', () => {
    const body = 'Mobb Deep’s Prodigy Dies At 42\n\nProdigy rapped on the record: “New York got me depressed.”';
    expect(quoteSpeakers(body)).toEqual(['Prodigy']);
  });
});

describe('a fourth unseen set: control verbs, ordinals, pronoun owners', () => {
  it('"prompted X to slam Y for “...”": the infinitive’s subject is the object of the verb before it', () => {
    expect(quoteSpeakers('That prompted the Republican Party to slam the supervisor for “incompetence and gross mismanagement.”')).toEqual(['Republican Party']);
  });

  it('an ordinal inside a body’s name ("US 7th Fleet") and "according to a statement from X"', () => {
    const body = '“The collision affected the starboard side,” according to a statement from US 7th Fleet.\n\n“It remains uncertain how long it will take,” the statement said.';
    expect(quoteSpeakers(body)).toEqual(['US 7th Fleet', 'US 7th Fleet']);
  });

  it('"his mantra that ..." refers back like "he", but not when the sentence already has its speaker', () => {
    expect(quoteSpeakers('President Barack Obama spoke last night.\n\nThus his speech mantra that Congress should “pass it right away.”', { withMentions: true })).toEqual(['Barack Obama']);
    const may = 'Ann Roe wrote first.\n\nPrime Minister Theresa May said in her message that values are “superior to hate”.';
    expect(quoteSpeakers(may, { withMentions: true })).toEqual(['Theresa May']);
  });

  it('a sentence opener before an honorific is no name; a name and a verb are no role before a name', () => {
    expect(quoteSpeakers('President Barack Obama spoke.\n\nSo Mr. Obama gets to spend more now. Thus his mantra that Congress should “pass it.”', { withMentions: true })).toEqual(['Barack Obama']);
    const gillum = 'In Fort Lauderdale, Andrew Gillum appeared at a predominantly African-American church, warning against suppression. He said it includes ballots that “a volunteer may void.”';
    expect(quoteSpeakers(gillum)).toEqual(['Andrew Gillum']);
  });

  it('a headline after "an article titled," is a title', () => {
    expect(quoteSpeakers('The Post ran parts of the book in an article titled, "Gillibrand: Male colleagues called me ‘porky’ after baby."')).toEqual([]);
  });
});

describe('a fifth unseen set: memory verbs, pronoun gender, described relatives', () => {
  it('"she recalls him saying": the one recalled speaks', () => {
    expect(quoteSpeakers('Tom Lee spoke first.\n\n“Go home,” Ann Roe recalls him saying.')).toEqual(['Tom Lee']);
  });

  it('a "he" tag that finds no man is not given to the woman quoted before', () => {
    const body = 'Ann Roe recounted her early days. She said it was hard.\n\nRoe also recounted the time a labor leader advised her to improve her looks.\n\n“When I first met you in 2006 you were beautiful,” he said.';
    expect(quoteSpeakers(body, { withMentions: true })).not.toContain('Ann Roe');
  });

  it('"comments from Turner’s father, who called prison “...”": a described relative before "who"', () => {
    expect(quoteSpeakers('Many have expressed frustration over comments from Turner’s father, who called prison “a steep price to pay.”')).toEqual(['Turner’s father']);
  });

  it('"Oscar-winner Emma Stone": an award epithet before a name is no part of it', () => {
    expect(quoteSpeakers('— Best actress Oscar-winner Emma Stone told reporters backstage that “Of course it was amazing.”')).toEqual(['Emma Stone']);
  });
});

describe('a sixth unseen set: purpose infinitives, adverbs after a name, announced statements', () => {
  it('"Beatty then returned to the microphone to explain: “...”" is Beatty', () => {
    const body = 'Jordan Horowitz spoke. “There is a mistake,” he said.\n\nWarren Beatty then returned to the microphone to explain: “I want to tell you what happened.”';
    expect(quoteSpeakers(body)).toEqual(['Jordan Horowitz', 'Warren Beatty']);
  });

  it('"A statement from X, following ...:" hands the next paragraph’s words to X', () => {
    const body = 'A statement from Elijah’s parents, following the recent media attention:\n\n“My wife Dina and I spend hours reading your messages.”';
    expect(quoteSpeakers(body)).toEqual(['Elijah’s parents']);
  });
});

describe('a seventh unseen set: family-status and age epithets, comma adjectives', () => {
  it('"says the mom of two" and "the bus matron and mother of four" are the person in focus', () => {
    expect(quoteSpeakers('Sen. Kirsten Gillibrand is content. "I have young kids," says the mom of two, when asked.', { withMentions: true })).toEqual(['Kirsten Gillibrand']);
    const bus = 'Building resident Elaina Feliciano, 33, was gripping her son.\n\n“My heart is bleeding,” said the bus matron and mother of four.';
    expect(quoteSpeakers(bus, { withMentions: true })).toEqual(['Elaina Feliciano']);
  });

  it('"the 26-year-old student" is the person the article gives that age', () => {
    const body = 'Ahmad Seth, 26, the youngest of three children, spoke to reporters.\n\n“I know my father better,” the 26-year-old student told the New Straits Times.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Ahmad Seth']);
  });

  it('"an older, male colleague told her": adjectives split by a comma stay one subject', () => {
    expect(quoteSpeakers('Ann Roe shares an incident in the gym, where an older, male colleague told her, "Good thing you are working out!"')).toEqual(['an older male colleague']);
    expect(quoteSpeakers('“We will sue,” the lawsuit, filed Monday by Acme, says.')).not.toEqual(['unknown']);
  });
});

describe('an eighth unseen set', () => {
  it('"implied" is a speech verb: its subject is the "he" of the next tag', () => {
    const body = 'Mr. Oppenheim recalled the talk: “We said no.”\n\nMr. Farrow implied that the network had mishandled his work. “I walked into the door with a piece,” he said.';
    expect(quoteSpeakers(body)).toEqual(['Oppenheim', 'Farrow']);
  });
});

describe('a ninth unseen set: abbreviated offices, web names, changed wording', () => {
  it('"Daniel Baker, CEO of FlightAware, said" and a web address is a company', () => {
    expect(quoteSpeakers('Daniel Baker, CEO of FlightAware, said it was "a relatively minor event."')).toEqual(['Daniel Baker']);
    expect(quoteSpeakers('Daniel Baker, CEO of flight tracking service FlightAware.com, called it "a relatively minor event."')).toEqual(['Daniel Baker']);
  });

  it('words being changed are mentioned, not said', () => {
    const texts = (body: string): string[] => extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
    expect(texts('If passed, the line will change from “True patriot love in all thy sons command” – to “all of us command”.')).toEqual([]);
    expect(texts('A bill seeks to change the words "in all thy sons command" to "in all of us command."')).toEqual([]);
    expect(texts('“We changed our minds,” she said.')).toEqual(['We changed our minds,']);
  });
});

describe('a tenth unseen set', () => {
  it('"A lawsuit filed Monday by X claims": the reduced clause names the author without commas too', () => {
    expect(quoteSpeakers('A lawsuit filed Monday by the Roe family claims he was “reckless.”')).toEqual(['the Roe family']);
    const memo = 'An explanatory memorandum issued by the Department of Health said that “all such substances cease to be controlled.”\n\nIt said the judgment had “no implications” for other drugs.';
    expect(quoteSpeakers(memo)).toEqual(['Department of Health', 'Department of Health']);
    expect(quoteSpeakers('The lawsuit, filed Monday by the Roe family, says he was “reckless.”')).toEqual(['the Roe family']);
  });
});
