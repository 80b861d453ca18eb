/**
 * Flattens a cluster into candidate sentences with what every system needs: where the sentence sits, its length
 * in words and its stemmed tokens. Validation of the input happens here, once.
 */
import { allStems, contentStems, wordCount } from './terms.js';
import { SummarizerInputError, type SentenceRef, type SummaryDocument, type SummarySentenceInput } from './types.js';

export interface Candidate extends SentenceRef {
  text: string;
  words: number;
  /** 0-based position of the sentence in its document. */
  position: number;
  /** Stemmed tokens in order, stopwords kept. */
  stems: string[];
  /** Stemmed content terms in order. */
  content: string[];
}

export function validateDocuments(documents: readonly SummaryDocument[]): void {
  if (!Array.isArray(documents)) throw new SummarizerInputError('documents must be an array');
  documents.forEach((doc, d) => {
    if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.sentences)) {
      throw new SummarizerInputError(`document ${d} has no sentences array`);
    }
    const sentences: readonly SummarySentenceInput[] = doc.sentences;
    sentences.forEach((s, i) => {
      if (s === null || typeof s !== 'object' || typeof s.text !== 'string') {
        throw new SummarizerInputError(`document ${d}, sentence ${i} has no text`);
      }
    });
  });
}

/** All non-empty sentences of all documents, in document then sentence order. */
export function buildCandidates(documents: readonly SummaryDocument[]): Candidate[] {
  validateDocuments(documents);
  const out: Candidate[] = [];
  documents.forEach((doc, d) => {
    doc.sentences.forEach((s, i) => {
      const words = wordCount(s.text);
      if (words === 0) return;
      out.push({
        doc: d,
        sentence: i,
        text: s.text,
        words,
        position: i,
        stems: allStems(s.text),
        content: contentStems(s.text),
      });
    });
  });
  return out;
}
