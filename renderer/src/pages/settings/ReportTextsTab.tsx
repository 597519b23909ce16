import { Col, Divider, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/fields';
import { reportTexts, type ReportTextField } from '../../../../shared/domain/report';
import { schemaRule } from '../../components/case/form-rules';
import { ReportTextBlock } from './ReportTextBlock';

// The cover's fields with their share of a row (of 24): the department's official name is long.
const coverLayout: [ReportTextField, number][] = [
  ['office', 16],
  ['city', 8],
  ['department', 24],
  ['signatoryTitle', 12],
  ['signatoryName', 12],
];

const blocks: ReportTextField[] = ['legalFramework', 'prevention', 'adviceToVictims'];

/** Everything the review prints in one language: the cover's lines and the three text blocks. */
export function ReportTextsTab({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('reportSettings.cover')}
      </Divider>
      <Row gutter={16}>
        {coverLayout.map(([field, span]) => (
          <Col key={field} xs={24} md={span}>
            <Form.Item
              name={['texts', language, field]}
              label={t(`reportSettings.field.${field}`)}
              rules={[schemaRule(reportTexts.shape[field], t)]}
              extra={field === 'signatoryName' ? t('reportSettings.help.signatoryName') : undefined}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start" plain>
        {t('reportSettings.blocks')}
      </Divider>
      {blocks.map((field) => (
        <ReportTextBlock key={field} language={language} field={field} />
      ))}
    </>
  );
}
