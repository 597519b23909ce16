import { App, Button, Card, Flex, Form, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idleMinutes as idleMinutesSchema } from '../../../../shared/domain/accounts';
import { api } from '../../api';
import { LoadError } from '../../query/LoadError';
import { useApiQuery, useSetApiData } from '../../query/use-api';
import { useSession } from '../../state/session';
import { NumberInput } from '../../components/case/NumberInput';
import { numberOrNull, numberRule, numberText } from '../../components/case/number-rules';

interface Values {
  /** The typed text; see NumberInput. */
  minutes: string;
}

/** After how many minutes without input the app locks itself, for everyone on this computer. */
export function IdleLockCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const [form] = Form.useForm<Values>();
  const settings = useApiQuery('settings.get', {});
  const setData = useSetApiData();
  const saved = settings.data?.idleMinutes ?? null;
  const [saving, setSaving] = useState(false);

  const save = async (values: Values) => {
    const minutes = numberOrNull(values.minutes);
    if (minutes === null) return;
    setSaving(true);
    const result = await api.settings.setIdleMinutes({ minutes });
    setSaving(false);
    if (!result.ok) {
      const issue = result.error.issues?.find((i) => i.path === 'minutes');
      if (issue) form.setFields([{ name: 'minutes', errors: [issue.message] }]);
      else void message.error(result.error.message);
      return;
    }
    setData('settings.get', {}, result.value);
    form.setFieldsValue({ minutes: numberText(result.value.idleMinutes) });
    void message.success(t('auth.idle.saved', { count: result.value.idleMinutes }));
    // This window's own timer follows the new setting at once.
    await session.refresh();
  };

  return (
    <Card title={t('auth.idle.title')} style={{ height: '100%' }}>
      <LoadError error={settings.apiError} onRetry={settings.refetch} />
      {!settings.apiError && saved === null && <Skeleton active paragraph={{ rows: 1 }} />}
      {saved !== null && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ minutes: numberText(saved) }}
          onFinish={(values) => void save(values)}
          disabled={saving}
        >
          <Typography.Paragraph type="secondary">{t('auth.idle.hint')}</Typography.Paragraph>
          <Flex gap={8} align="flex-start">
            <Form.Item
              name="minutes"
              label={t('auth.idle.minutes')}
              rules={[numberRule(idleMinutesSchema, t, { required: true })]}
              style={{ marginBottom: 0 }}
            >
              <NumberInput style={{ width: 160 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 30 }}>
              {t('auth.idle.save')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
