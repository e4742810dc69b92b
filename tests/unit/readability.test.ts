/** Reading grades: what an author's Markdown reads as, and which sentences make it hard. */
import { describe, expect, it } from 'vitest';
import {
  hardestSentences,
  readability,
  readableText,
} from '../../src/content-types/young-people/readability.ts';

describe('the text a reader reads', () => {
  it('leaves out imports, components, link addresses, emphasis marks and bracketed citations', () => {
    const text = readableText(
      'import X from "y";\n\nThe **council** met (wnc-council-2023-11-30 L12). See [the plan](/plans/a/).\n\n<Chart kpi="nct-kpi-01" />',
    );
    expect(text).toBe('The council met. See the plan.');
  });

  it('reads headings and list items as sentences of their own', () => {
    expect(readableText('## What happens next\n\n- You meet a panel\n- You agree a plan')).toBe(
      'What happens next.\n\nYou meet a panel.\n\nYou agree a plan.',
    );
  });
});

describe('the reading grade', () => {
  it('is low for short sentences of short words and high for long sentences of long words', () => {
    const easy = readability('We met. It was good. You can have your say.');
    const hard = readability(
      'The multi-agency safeguarding arrangements demonstrated considerable organisational improvement notwithstanding persistent inconsistencies in management oversight of statutory responsibilities.',
    );
    expect(easy.grade).toBeLessThan(2);
    expect(hard.grade).toBeGreaterThan(15);
    expect(easy.sentences).toHaveLength(3);
  });

  it('counts a number as a word of at least one syllable, so figures are not free', () => {
    expect(readability('It was 2022.').words).toBe(3);
    expect(readability('It was 2022.').grade).toBeGreaterThan(readability('It was.').grade - 5);
  });

  it('names the hardest sentences first', () => {
    const result = readability(
      'We met. The organisational arrangements demonstrated considerable improvement. It was fine.',
    );
    expect(hardestSentences(result, 1)[0]!.text).toBe(
      'The organisational arrangements demonstrated considerable improvement.',
    );
  });
});
