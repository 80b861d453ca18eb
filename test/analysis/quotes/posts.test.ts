import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body);

describe('posts, captions and comments', () => {
  it('a participle after a dash attributes like one after a comma', () => {
    expect(speakers('Mara Quill has quit the show - telling viewers she "needs a rest".')).toEqual(['Mara Quill']);
  });

  it('"shared a photo with the caption:" gives the person who shared it, not the previous speaker', () => {
    const body =
      'Her agent, Leo Brandt, said: “She is fine.”\n\nHer sister, Ines Quill, shared a photo on Instagram with the caption: “Home at last x”';
    expect(speakers(body)).toEqual(['Leo Brandt', 'Ines Quill']);
  });

  it('"commented under the video:" is a speech tag', () => {
    expect(speakers('Singer Tomas Ahl commented under the video: “Proud of you”')).toEqual(['Tomas Ahl']);
  });

  it('"with one writing" and "Another added" are members of the group just named', () => {
    const body = 'Supporters rallied round, with one writing: “We will wait.” Another added: “Get well soon.”';
    expect(speakers(body)).toEqual(['one supporter', 'another supporter']);
  });

  it('a lone "one" with no group nearby stays unknown', () => {
    expect(speakers('The hall was quiet. One said: “It is over.”')).toEqual(['unknown']);
  });
});
