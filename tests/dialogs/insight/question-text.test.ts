/** The form questions are counted under. */
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, questionKey } from '../../../src/dialogs/insight/question-text.js';

describe('questionKey', () => {
  it('folds case, spaces and trailing punctuation; keeps the words', () => {
    expect(questionKey('  Jadwal   RAPAT besok?? ')).toBe('jadwal rapat besok');
    expect(questionKey('jadwal rapat besok')).toBe(questionKey('Jadwal rapat besok!'));
    expect(questionKey('"kenapa gagal terus"')).toBe('kenapa gagal terus');
  });

  it('masks personal data and secrets first', () => {
    expect(questionKey('NIP 198501012010011001 tidak ada di HRIS')).toBe('nip [NIP] tidak ada di hris');
    expect(questionKey('password saya Rahasia#2026 ditolak')).not.toContain('Rahasia#2026'.toLowerCase());
  });

  it('cuts long questions at a word', () => {
    const key = questionKey(`${'kata '.repeat(60)}akhir`);
    expect(key.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS + 1);
    expect(key.endsWith('kata…')).toBe(true);
    expect(questionKey('   ')).toBe('');
  });
});
