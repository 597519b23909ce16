import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { PaginationProps } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table's paging arrows named in the user's language, for every paged table's `pagination`: antd's
 * own buttons are named by their icons, "left" and "right", on a Russian or Kazakh screen too. The same
 * button antd draws (its class, out of the Tab order, the list item around it taking the focus).
 */
export function usePageArrows(): Pick<PaginationProps, 'prevIcon' | 'nextIcon'> {
  const { t } = useTranslation();
  return useMemo(() => {
    const arrow = (label: string, icon: ReactNode) => (
      <button type="button" className="ant-pagination-item-link" tabIndex={-1} aria-label={label}>
        {icon}
      </button>
    );
    return {
      prevIcon: arrow(t('nav.previousPage'), <LeftOutlined aria-hidden />),
      nextIcon: arrow(t('nav.nextPage'), <RightOutlined aria-hidden />),
    };
  }, [t]);
}
