import { describe, expect, it } from 'vitest';
import { countCorrect, scoreQuestion } from '../../../components/course/quiz/scoreQuestion';

const single = [{ correct: false }, { correct: true }, { correct: false }];
const multiple = [{ correct: true }, { correct: false }, { correct: true }];

describe('scoring a question', () => {
  it('accepts the one correct choice of a single-answer question', () => {
    expect(scoreQuestion(single, [1])).toEqual({ correct: true, missed: [], wrongPicks: [] });
  });

  it('rejects a wrong choice and says which correct one was missed', () => {
    expect(scoreQuestion(single, [2])).toEqual({ correct: false, missed: [1], wrongPicks: [2] });
  });

  it('needs every correct choice and no wrong one in a select-all question', () => {
    expect(scoreQuestion(multiple, [0, 2]).correct).toBe(true);
    expect(scoreQuestion(multiple, [0])).toEqual({ correct: false, missed: [2], wrongPicks: [] });
    expect(scoreQuestion(multiple, [0, 1, 2])).toEqual({ correct: false, missed: [], wrongPicks: [1] });
  });

  it('treats an empty selection as wrong', () => {
    expect(scoreQuestion(single, []).correct).toBe(false);
  });

  it('ignores indices that are not choices, such as ones saved before a question changed', () => {
    expect(scoreQuestion(single, [1, 7, -1, 1.5])).toEqual({ correct: true, missed: [], wrongPicks: [] });
  });

  it('does not care about the order or repetition of picks', () => {
    expect(scoreQuestion(multiple, [2, 0, 2]).correct).toBe(true);
  });

  it('counts correctly answered keys', () => {
    expect(countCorrect(['a', 'b', 'c'], (k) => k !== 'b')).toBe(2);
  });
});
