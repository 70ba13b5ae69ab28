/** Word-level "tokens": the unit the mock streams, paces and counts in usage. */

/**
 * Splits text into deltas of one word plus its trailing whitespace, so joining them gives the text
 * back exactly (leading whitespace rides on the first delta).
 */
export function splitWords(text: string): string[] {
  const words = text.match(/\S+\s*/g) ?? [];
  const leading = /^\s*/.exec(text)?.[0] ?? "";
  if (words.length === 0) return leading === "" ? [] : [leading];
  words[0] = leading + (words[0] ?? "");
  return words;
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

const vocabulary = [
  "lorem",
  "ipsum",
  "dolor",
  "sit",
  "amet",
  "consectetur",
  "adipiscing",
  "elit",
  "sed",
  "do",
  "eiusmod",
  "tempor",
  "incididunt",
  "ut",
  "labore",
  "et",
  "dolore",
  "magna",
  "aliqua",
  "enim",
  "ad",
  "minim",
  "veniam",
  "quis",
  "nostrud",
  "exercitation",
  "ullamco",
  "laboris",
  "nisi",
  "aliquip",
] as const;

const wordsPerSentence = 12;
const sentencesPerParagraph = 8;

/**
 * `count` deterministic lorem-ipsum deltas with sentences and paragraphs, so long generated
 * replies render like prose (markdown paragraphs) rather than one endless line.
 */
export function generateWords(count: number, offset = 0): string[] {
  const deltas: string[] = [];
  for (let index = 0; index < count; index++) {
    const word = vocabulary[(index * 7 + offset) % vocabulary.length] ?? "lorem";
    const position = index % wordsPerSentence;
    const isLast = index === count - 1;
    const endsSentence = position === wordsPerSentence - 1 || isLast;
    const endsParagraph = (index + 1) % (wordsPerSentence * sentencesPerParagraph) === 0;
    let delta = position === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    if (endsSentence) delta += ".";
    if (!isLast) delta += endsParagraph ? "\n\n" : " ";
    deltas.push(delta);
  }
  return deltas;
}
