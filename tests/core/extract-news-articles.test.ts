/**
 * tuneAN's news-article corpus (tests/core/extract-news-articles-corpus.ts), scored as
 * tests/core/extract-corpus.test.ts scores the corpus files: same figure, same folded unit, name Dice
 * overlap ≥ 0.5, one-to-one. Odd paragraphs were tuned on, even ones held out (split once, before any
 * run). Floors keep what the news rules reached.
 */
import { describeOwnCorpus } from "./corpus-match";
import { NEWS_PARAGRAPHS } from "./extract-news-articles-corpus";

describeOwnCorpus("news articles (tuneAN's own corpus)", NEWS_PARAGRAPHS, { odd: 67, even: 64 });
