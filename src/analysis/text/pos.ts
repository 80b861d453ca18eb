import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Part-of-speech tagged token with offsets into the string that was tagged. */
export interface PosToken {
  text: string;
  start: number;
  end: number;
  pos: string;
}

// Loading the model takes ~100 ms and ~30 MB, so it is done once, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;

/** Universal POS tags (wink-nlp) for `text`; offsets relative to text. Empty when tokens cannot be aligned. */
export function tagPos(text: string): PosToken[] {
  nlp ??= winkNLP(model);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const out: PosToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    const at = text.indexOf(v, cursor);
    if (at < 0) return []; // wink normalised the token (rare): no reliable offsets
    out.push({ text: v, start: at, end: at + v.length, pos: tags[i] ?? 'X' });
    cursor = at + v.length;
  }
  return out;
}
