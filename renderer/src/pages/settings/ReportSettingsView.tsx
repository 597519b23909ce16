import { Descriptions, Tabs, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/fields';
import { reportTextFields, type ReportSettings } from '../../../../shared/domain/report';
import { currentLanguage } from '../../i18n/i18n';
import { useCaseFormat } from '../case/useCaseFormat';

const coverFields = ['office', 'department', 'city', 'signatoryTitle', 'signatoryName'] as const;
const blockFields = reportTextFields.filter((f) => !(coverFields as readonly string[]).includes(f));

/**
 * The review's texts for a role that may not change them (a reporter signing off the PDF wants to read
 * whose name and which wording it will print): the same tabs as the form, as plain text.
 */
export function ReportSettingsView({ settings }: { settings: ReportSettings }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const [tab, setTab] = useState<Language>(currentLanguage);

  const texts = (language: Language, fields: readonly string[]): DescriptionsProps['items'] =>
    fields.map((field) => ({
      key: field,
      label: t(`reportSettings.field.${field}`),
      children: (
        <Typography.Text style={{ whiteSpace: 'pre-line' }}>
          {settings.texts[language][field as (typeof reportTextFields)[number]]}
        </Typography.Text>
      ),
    }));

  return (
    <>
      <Typography.Paragraph type="secondary">{t('reportSettings.hint')}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        colon={false}
        styles={{ label: { width: 220 } }}
        items={[
          {
            key: 'issueDate',
            label: t('reportSettings.issueDate'),
            children: settings.issueDate ? (
              format.date(settings.issueDate)
            ) : (
              <Typography.Text type="secondary">{t('roles.notSet')}</Typography.Text>
            ),
          },
        ]}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Language)}
        items={languages.map((language) => ({
          key: language,
          label: t(`reportSettings.tab.${language}`),
          children: (
            <>
              <Typography.Title level={3} style={{ fontSize: 14, margin: '4px 0 8px' }}>
                {t('reportSettings.cover')}
              </Typography.Title>
              <Descriptions
                size="small"
                column={1}
                colon={false}
                styles={{ label: { width: 220 } }}
                items={texts(language, coverFields)}
              />
              <Typography.Title level={3} style={{ fontSize: 14, margin: '16px 0 8px' }}>
                {t('reportSettings.blocks')}
              </Typography.Title>
              <Descriptions
                size="small"
                column={1}
                colon={false}
                layout="vertical"
                items={texts(language, blockFields)}
              />
            </>
          ),
        }))}
      />
    </>
  );
}
