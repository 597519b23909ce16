import { App, Button, Card, Descriptions, Flex, Form, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUE_SOON_DAYS, investigationDays } from '../../../../shared/domain/pipeline';
import { api } from '../../api';
import { LoadError } from '../../query/LoadError';
import { useApiQuery, useSetApiData } from '../../query/use-api';
import { NumberInput } from '../../components/case/NumberInput';
import { numberOrNull, numberRule, numberText } from '../../components/case/number-rules';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { useCan } from '../../state/session';

interface Values {
  /** The typed text; see NumberInput. */
  days: string;
}

/**
 * The term of investigation, from which every case's deadline and the overdue lists are computed; set
 * by the administrator, read by everyone.
 */
export function InvestigationTermCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const settings = useApiQuery('settings.get', {});
  const setData = useSetApiData();
  const saved = settings.data?.investigationDays ?? null;
  const [saving, setSaving] = useState(false);
  const canSet = useCan('settings');

  const save = async (values: Values) => {
    const days = numberOrNull(values.days);
    if (days === null) return;
    setSaving(true);
    const result = await api.settings.setInvestigationDays({ days });
    setSaving(false);
    if (!result.ok) {
      const issue = result.error.issues?.find((i) => i.path === 'days');
      if (issue) form.setFields([{ name: 'days', errors: [issue.message] }]);
      else void message.error(result.error.message);
      return;
    }
    setData('settings.get', {}, result.value);
    form.setFieldsValue({ days: numberText(result.value.investigationDays) });
    void message.success(t('settings.investigation.saved', { count: result.value.investigationDays }));
  };

  return (
    <Card
      title={t('settings.investigation.title')}
      extra={canSet ? undefined : <ViewOnlyTag />}
      style={{ height: '100%' }}
    >
      <LoadError error={settings.apiError} onRetry={settings.refetch} />
      {!settings.apiError && saved === null && <Skeleton active paragraph={{ rows: 1 }} />}
      {saved !== null && !canSet && (
        <>
          <Typography.Paragraph type="secondary">
            {t('settings.investigation.hint', { soon: DUE_SOON_DAYS })}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            colon={false}
            items={[
              {
                key: 'days',
                label: t('settings.investigation.days'),
                children: <strong>{t('roles.investigationDays', { count: saved })}</strong>,
              },
            ]}
          />
        </>
      )}
      {saved !== null && canSet && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ days: numberText(saved) }}
          onFinish={(values) => void save(values)}
          disabled={saving}
        >
          <Typography.Paragraph type="secondary">
            {t('settings.investigation.hint', { soon: DUE_SOON_DAYS })}
          </Typography.Paragraph>
          <Flex gap={8} align="flex-start">
            <Form.Item
              name="days"
              label={t('settings.investigation.days')}
              rules={[numberRule(investigationDays, t, { required: true })]}
              style={{ marginBottom: 0 }}
            >
              <NumberInput style={{ width: 160 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 30 }}>
              {t('settings.investigation.save')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
