import type { Content } from 'pdfmake/interfaces';
import type { ReportTextField } from '../../../../shared/domain/report';
import type { SectionBuilder } from '../inputs';

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * The office's own paragraphs (set in Settings), split at blank lines; an emptied block is left out.
 * The legal basis is the general text followed by the legal texts of the articles the review counts.
 */
const textBlock =
  (field: Extract<ReportTextField, 'legalFramework' | 'prevention' | 'adviceToVictims'>): SectionBuilder =>
  ({ inputs, w }) => {
    const articles = field === 'legalFramework' ? inputs.subject.legal : [];
    const paragraphs = [inputs.texts[field], ...articles].flatMap(paragraphsOf);
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
