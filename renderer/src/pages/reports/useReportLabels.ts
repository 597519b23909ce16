import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/fields';
import { readableName, type ReferenceItem } from '../../../../shared/domain/reference';
import { referenceLabel, useReferenceItems } from '../../components/useReferenceItems';
import { currentLanguage } from '../../i18n/i18n';
import { districtLabel } from '../../i18n/reference-labels';
import { useReference } from '../../state/reference';

/**
 * The statistics name districts, platforms and tactics as the data does (`Almaty`, `Telegram`,
 * `intimate-images`); the screen shows each as people call it in the UI language.
 */
export interface ReportLabels {
  language: Language;
  district: (name: string) => string;
  platform: (name: string) => string;
  tactic: (name: string) => string;
}

const byName = (items: ReferenceItem[], language: Language) => {
  const labels = new Map(items.map((item) => [item.name, referenceLabel(item, language)]));
  return (name: string) => labels.get(name) ?? readableName(name);
};

export function useReportLabels(): ReportLabels {
  useTranslation(); // re-render when the UI language changes
  const language = currentLanguage();
  const { districts } = useReference();
  const platforms = useReferenceItems('platform').items;
  const tactics = useReferenceItems('tactic').items;

  return useMemo(() => {
    const districtNames = new Map(districts.map((d) => [d.name, districtLabel(d, language)]));
    return {
      language,
      district: (name: string) => districtNames.get(name) ?? readableName(name),
      platform: byName(platforms, language),
      tactic: byName(tactics, language),
    };
  }, [language, districts, platforms, tactics]);
}
