import { Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rankedBarsHeight, sentencesChart } from '../../../../shared/charts';
import { sentenceTypes, type SentenceType } from '../../../../shared/domain/case-record';
import type { AnnualStats } from '../../../../shared/domain/stats';
import { SectionCard } from '../../components/case/SectionCard';
import { EChart } from '../../components/EChart';
import { currentLanguage } from '../../i18n/i18n';
import { CountTable } from './CountTable';
import { rankedKeys } from './ranked-keys';
import type { DrillRequest } from './report-query';
import { SectionLead } from './SectionLead';
import { useReviewNames } from './useReviewNames';
import { useScreenFormats } from './useScreenFormats';

interface Props {
  stats: AnnualStats;
  open: (request: DrillRequest) => void;
  /** The narrative's sentences for this section. */
  lead: readonly string[];
}

/** Persons sentenced in the year by type of sentence, and how long the prison terms were. */
export function SentencesSection({ stats, open, lead }: Props) {
  const { t } = useTranslation();
  const f = useScreenFormats();
  const names = useReviewNames();
  const { byType, imprisonmentTerms } = stats.sentences;
  const language = currentLanguage();

  // The types of sentence as the review's rows name them.
  const typeLabels = useMemo(
    () =>
      Object.fromEntries(sentenceTypes.map((s) => [s, names.sentenceType(s)])) as Record<
        SentenceType,
        string
      >,
    [names],
  );
  const chart = useMemo(() => sentencesChart(byType, typeLabels, language), [byType, typeLabels, language]);
  const shown = rankedKeys(byType, sentenceTypes);

  return (
    <SectionCard title={names.section('sentences')}>
      <SectionLead sentences={lead} />
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={14}>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t('reports.sentences.byType')}
          </Typography.Title>
          <CountTable
            nameTitle={names.column('sentenceType')}
            countTitle={names.column('persons')}
            rows={shown.map((type) => ({
              key: type,
              label: typeLabels[type],
              count: byType[type],
              onOpen: () => open({ figure: 'sentenceType', key: type }),
            }))}
          />
          {shown.length > 0 && (
            <EChart
              option={chart}
              height={rankedBarsHeight(shown.length)}
              label={names.section('sentences')}
              onItemClick={(index) => {
                const type = shown[index];
                if (type) open({ figure: 'sentenceType', key: type });
              }}
            />
          )}
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {names.figure('imprisonmentTerms')}
          </Typography.Title>
          {imprisonmentTerms.length === 0 ? (
            <Typography.Text type="secondary">{t('reports.sentences.noTerms')}</Typography.Text>
          ) : (
            <CountTable
              nameTitle={t('reports.sentences.term')}
              countTitle={names.column('persons')}
              rows={imprisonmentTerms.map(({ years, persons }) => ({
                key: String(years),
                label: t('report.years', { count: years, n: f.number(years) }),
                count: persons,
                onOpen: () => open({ figure: 'imprisonmentTerm', key: String(years) }),
              }))}
            />
          )}
        </Col>
      </Row>
    </SectionCard>
  );
}
