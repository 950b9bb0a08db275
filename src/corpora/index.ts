/**
 * The bundled article corpus with its gold annotations, for testing your own
 * pipeline: `import { articles, score } from "thucthe/corpora"`. The texts are
 * embedded in the bundle, so this works in browsers too.
 */
import { ARTICLES } from "../generated/corpus.js";
import { scoreDocuments, formatReport, type GoldDoc, type GoldSpan, type EvalReport } from "../eval/score.js";
import type { Span } from "../doc.js";

export type { GoldDoc, GoldSpan, EvalReport, PRF, TypeScore, Miss } from "../eval/score.js";
export { scoreDocuments, formatReport };

/** One bundled article: its id, its text, and its gold annotations. */
export interface Article {
  id: string;
  text: string;
  gold: GoldDoc;
}

/** The bundled news articles with gold annotations (see corpora/README.md). */
export const articles: readonly Article[] = ARTICLES;

/**
 * Score a function that annotates a text against the bundled gold.
 * `annotate` gets the text and the gold refDate (use it or not).
 */
export function score(annotate: (text: string, refDate: string | null) => readonly Span[]): EvalReport {
  return scoreDocuments(articles.map((a) => ({ gold: a.gold, text: a.text, predicted: annotate(a.text, a.gold.refDate) })));
}
