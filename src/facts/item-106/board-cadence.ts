// How often the draft says the board or its committee is informed about cybersecurity ("quarterly", "at least annually").
import { defineFact } from '../fact.js';
import { cadenceWords } from '../text/cadence-words.js';
import { lexiconOf } from '../text/lexicon-of.js';
import { boardInformingSentences } from '../text/board-informing-sentences.js';

export const boardCadence = defineFact<string[]>({
  id: 'board.cadence',
  description: 'Frequency words used where the draft says how the board or a board committee is informed, in reading order without duplicates, e.g. ["quarterly", "at least annually"]. Vague words ("regularly", "periodically") are included as written.',
  type: 'string[]',
  example: ['quarterly', 'annually'],
  compute({ model, lexicons }) {
    const terms = lexiconOf(lexicons, 'cadence');
    const words: string[] = [];
    const evidence = [];
    for (const item of boardInformingSentences(model, lexicons)) {
      const found = cadenceWords(item.text, terms);
      if (found.length === 0) continue;
      for (const word of found) if (!words.includes(word)) words.push(word);
      evidence.push(item.sentence.span);
    }
    return { value: words, evidence };
  },
});
