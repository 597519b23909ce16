import { Col, Row } from 'antd';
import type { AnnualStats } from '../../../../shared/domain/stats';
import type { Narrative } from '../../../../shared/report/narrative';
import { DistrictsSection } from './DistrictsSection';
import { KeyFiguresSection } from './KeyFiguresSection';
import { MonitoringSection } from './MonitoringSection';
import { OffendersSection } from './OffendersSection';
import type { DrillRequest } from './report-query';
import { SentencesSection } from './SentencesSection';
import { SharesSection } from './SharesSection';
import type { ReportLabels } from './useReportLabels';
import { VictimsSection } from './VictimsSection';

interface Props {
  stats: AnnualStats;
  /** The review's sentences for each section; null where they are not shown. */
  narrative: Narrative | null;
  labels: ReportLabels;
  open: (request: DrillRequest) => void;
}

/**
 * The review's sections: key figures, districts, sentences, people, platforms and tactics, and the
 * monitoring register last, as the PDF puts it after all the figures of the cases.
 */
export function ReportSections({ stats, narrative, labels, open }: Props) {
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <KeyFiguresSection stats={stats} open={open} lead={narrative?.keyFigures ?? []} />
      </Col>
      <Col span={24}>
        <DistrictsSection stats={stats} labels={labels} open={open} lead={narrative?.districts ?? []} />
      </Col>
      <Col span={24}>
        <SentencesSection stats={stats} open={open} lead={narrative?.sentences ?? []} />
      </Col>
      <Col span={24}>
        <VictimsSection stats={stats} open={open} lead={narrative?.people.slice(0, 1) ?? []} />
      </Col>
      <Col span={24}>
        <OffendersSection stats={stats} open={open} lead={narrative?.people.slice(1) ?? []} />
      </Col>
      <Col xs={24} xl={12}>
        <SharesSection
          kind="platform"
          rows={stats.platforms}
          labels={labels}
          open={open}
          lead={narrative?.shares.slice(0, 1) ?? []}
        />
      </Col>
      <Col xs={24} xl={12}>
        <SharesSection
          kind="tactic"
          rows={stats.tactics}
          labels={labels}
          open={open}
          lead={narrative?.shares.slice(1) ?? []}
        />
      </Col>
      <Col span={24}>
        <MonitoringSection stats={stats} open={open} lead={narrative?.monitoring ?? []} />
      </Col>
    </Row>
  );
}
