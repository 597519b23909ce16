import { App, Button, Card, Descriptions, Flex, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUE_SOON_DAYS } from '../../../../shared/domain/pipeline';
import { api } from '../../api';
import { LoadError } from '../../query/LoadError';
import { useApiQuery, useSetApiData } from '../../query/use-api';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { useCan } from '../../state/session';

// The bounds the API accepts (shared/api/contract.ts, settings.setInvestigationDays).
const MIN_DAYS = 1;
const MAX_DAYS = 3650;

interface Values {
  days: number | null;
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

  const save = async ({ days }: Values) => {
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
    form.setFieldsValue({ days: result.value.investigationDays });
    void message.success(t('settings.investigation.saved', { count: result.value.investigationDays }));
  };

  const validDays = (_rule: unknown, value: unknown) => {
    if (value === null || value === undefined || value === '')
      return Promise.reject(new Error(t('errors.required')));
    if (typeof value !== 'number' || !Number.isInteger(value))
      return Promise.reject(new Error(t('errors.integer')));
    if (value < MIN_DAYS) return Promise.reject(new Error(t('errors.tooSmall', { minimum: MIN_DAYS })));
    if (value > MAX_DAYS) return Promise.reject(new Error(t('errors.tooBig', { maximum: MAX_DAYS })));
    return Promise.resolve();
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
          initialValues={{ days: saved }}
          onFinish={(values) => void save(values)}
          disabled={saving}
        >
          <Typography.Paragraph type="secondary">
            {t('settings.investigation.hint', { soon: DUE_SOON_DAYS })}
          </Typography.Paragraph>
          <Flex gap={8} align="flex-start">
            {/* No min/max on the input: a value out of range is explained by the rule, never silently corrected. */}
            <Form.Item
              name="days"
              label={t('settings.investigation.days')}
              rules={[{ validator: validDays }]}
              style={{ marginBottom: 0 }}
            >
              <InputNumber controls={false} style={{ width: 160 }} />
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
