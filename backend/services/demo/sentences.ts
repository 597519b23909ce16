import type { Sentence } from '../../../shared/domain/case-record';
import { sentenceMixes } from './astana-2024';
import type { CaseDraft, DefendantDraft } from './draft';
import type { Random } from './random';

/** The year's mix as sentences in random order, dated later (each carries its verdict's date). */
function sentencesOf(random: Random, year: number, count: number): Omit<Sentence, 'on'>[] {
  const mix = sentenceMixes[year];
  if (!mix) throw new Error(`demo plan: no sentence mix for ${year}`);
  const term = (type: Sentence['type'], months: number) => ({
    type,
    years: Math.floor(months / 12),
    months: months % 12,
    fineKzt: null,
  });
  const list: Omit<Sentence, 'on'>[] = [
    ...mix.imprisonmentMonths.map((months) => term('imprisonment', months)),
    ...Array.from({ length: mix.suspended }, () => term('suspended', 12 * random.int(1, 4))),
    ...Array.from({ length: mix.restriction }, () => term('restriction', 6 * random.int(2, 6))),
    ...Array.from({ length: mix.fine }, () => ({
      type: 'fine' as const,
      years: null,
      months: null,
      fineKzt: random.int(30, 400) * 10_000,
    })),
  ];
  if (list.length !== count) {
    throw new Error(`demo plan: ${count} convictions in ${year} but ${list.length} sentences in its mix`);
  }
  return random.shuffle(list);
}

/**
 * Hands each year's sentences to the defendants convicted that year, at random: the verdict and the
 * sentence are one judgment, so both carry the verdict's date.
 */
export function assignSentences(random: Random, drafts: CaseDraft[]): void {
  const convicted = new Map<number, { draft: CaseDraft; defendant: DefendantDraft }[]>();
  for (const draft of drafts) {
    for (const defendant of draft.defendants) {
      if (defendant.verdict !== 'C') continue;
      const year = Number(draft.verdictOn!.slice(0, 4));
      const list = convicted.get(year) ?? [];
      list.push({ draft, defendant });
      convicted.set(year, list);
    }
  }
  for (const [year, list] of convicted) {
    const sentences = sentencesOf(random, year, list.length);
    list.forEach(({ draft, defendant }, i) => {
      defendant.sentence = { ...sentences[i]!, on: draft.verdictOn! };
    });
  }
}
