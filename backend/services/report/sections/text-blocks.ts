import type { Content } from 'pdfmake/interfaces';
import type { ReportTextField } from '../../../../shared/domain/report';
import type { SectionBuilder } from '../inputs';

/** The office's own paragraphs (set in Settings), split at blank lines; an emptied block is left out. */
const textBlock =
  (field: Extract<ReportTextField, 'legalFramework' | 'prevention' | 'adviceToVictims'>): SectionBuilder =>
  ({ inputs, w }) => {
    const paragraphs = inputs.texts[field]
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paragraphs.length === 0) return null;
    const [first = '', ...rest] = paragraphs;
    return {
      title: w.t(`section.${field}`),
      lead: [first],
      body: rest.map((text): Content => ({ text, style: 'lead' })),
    };
  };

export const legalFramework = textBlock('legalFramework');
export const prevention = textBlock('prevention');
export const adviceToVictims = textBlock('adviceToVictims');
