import { Alert, App, Badge, Button, Card, Flex, Form, Skeleton, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/fields';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { LoadError } from '../../query/LoadError';
import { useApiQuery, useSetApiData } from '../../query/use-api';
import { reportSettingsInput } from '../../../../shared/domain/report';
import { DateInput } from '../../components/case/DateInput';
import { dateRule } from '../../components/case/form-rules';
import { VisuallyHidden } from '../../components/case/VisuallyHidden';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { issueText } from '../../i18n/api-issue';
import { currentLanguage } from '../../i18n/i18n';
import { useCan } from '../../state/session';
import {
  fieldOfIssue,
  languageOfField,
  sameSettings,
  toFormValues,
  toSettings,
  type ReportSettingsValues,
} from './report-settings-form';
import { ReportSettingsView } from './ReportSettingsView';
import { ReportTextsTab } from './ReportTextsTab';

// A stable selector, so the form is watched once rather than re-subscribed on every render.
const everything = (values: ReportSettingsValues) => values;

/**
 * The annual review's own words in each language (cover, signatory, legal framework, prevention,
 * advice to victims) and its date of issue. The PDF reads them from the same settings. Only the
 * administrator edits them; other roles read them.
 */
export function ReportSettingsCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportSettingsValues>();
  const settings = useApiQuery('reports.settings', {});
  const setData = useSetApiData();
  const saved = settings.data ?? null;
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [tab, setTab] = useState<Language>(currentLanguage);
  const [tabsWithErrors, setTabsWithErrors] = useState<ReadonlySet<Language>>(new Set());
  const values = Form.useWatch(everything, { form, preserve: true });
  const canSet = useCan('settings');

  const dirty = useMemo(
    () => saved !== null && !sameSettings(toSettings(values, saved), saved),
    [values, saved],
  );

  // Errors may sit in a tab that is not shown: mark those tabs, and open the first one.
  const markErrorTabs = (openFirst: boolean) => {
    const marked = new Set(
      form
        .getFieldsError()
        .filter((field) => field.errors.length > 0)
        .map((field) => languageOfField(field.name))
        .filter((language): language is Language => language !== null),
    );
    setTabsWithErrors(marked);
    const first = languages.find((language) => marked.has(language));
    if (openFirst && first && !marked.has(tab)) setTab(first);
    return marked;
  };

  const showApiError = (apiError: ApiError) => {
    const issues = apiError.issues ?? [];
    const placed = issues.flatMap((issue) => {
      const name = fieldOfIssue(issue.path);
      return name ? [{ name, errors: [issueText(issue, i18n)] }] : [];
    });
    form.setFields(placed);
    markErrorTabs(true);
    // Whatever found no field (or an error with no issues at all) is said above the form.
    if (placed.length < issues.length || issues.length === 0) setError(apiError.message);
  };

  const save = async () => {
    if (!saved) return;
    setError(null);
    setSaving(true);
    // getFieldsValue(true) is typed `any`: it holds every value, mounted or not, in the form's shape.
    const all = form.getFieldsValue(true) as Partial<ReportSettingsValues>;
    const result = await api.reports.saveSettings(toSettings(all, saved));
    setSaving(false);
    if (!result.ok) {
      showApiError(result.error);
      return;
    }
    setData('reports.settings', {}, result.value);
    form.setFieldsValue(toFormValues(result.value));
    setTabsWithErrors(new Set());
    void message.success(t('reportSettings.saved'));
  };

  const tabLabel = (language: Language) => (
    <Flex gap={6} align="center">
      {t(`reportSettings.tab.${language}`)}
      {tabsWithErrors.has(language) && (
        <>
          <Badge status="error" />
          <VisuallyHidden>{t('reportSettings.tabHasErrors')}</VisuallyHidden>
        </>
      )}
    </Flex>
  );

  return (
    <Card title={t('reportSettings.title')} extra={canSet ? undefined : <ViewOnlyTag />}>
      <LoadError error={settings.apiError} onRetry={settings.refetch} />
      {!settings.apiError && saved === null && <Skeleton active paragraph={{ rows: 4 }} />}
      {saved !== null && !canSet && <ReportSettingsView settings={saved} />}
      {saved !== null && canSet && (
        <Form<ReportSettingsValues>
          form={form}
          name="report-settings"
          layout="vertical"
          initialValues={toFormValues(saved)}
          disabled={saving}
          onFinish={() => void save()}
          onFinishFailed={() => {
            markErrorTabs(true);
            setError(t('reportSettings.invalid'));
          }}
          onFieldsChange={() => {
            // Once every field is valid again, the summary of what needed attention goes too.
            if (markErrorTabs(false).size === 0 && form.getFieldError('issueDate').length === 0)
              setError(null);
          }}
        >
          <Typography.Paragraph type="secondary">{t('reportSettings.hint')}</Typography.Paragraph>
          <Form.Item
            name="issueDate"
            label={t('reportSettings.issueDate')}
            extra={t('reportSettings.issueDateHint')}
            rules={[dateRule(reportSettingsInput.shape.issueDate, t, false, { plan: true })]}
          >
            <DateInput allowClear plan style={{ width: 200 }} />
          </Form.Item>
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as Language)}
            items={languages.map((language) => ({
              key: language,
              label: tabLabel(language),
              // Every language stays mounted, so the form validates and sends all three at once.
              forceRender: true,
              children: <ReportTextsTab language={language} />,
            }))}
          />
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Flex gap={12} align="center">
            <Button type="primary" htmlType="submit" loading={saving} disabled={!dirty}>
              {t('reportSettings.save')}
            </Button>
            {dirty && <Typography.Text type="secondary">{t('reportSettings.unsaved')}</Typography.Text>}
          </Flex>
        </Form>
      )}
    </Card>
  );
}
