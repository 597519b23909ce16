import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { TFunction } from 'i18next';

/**
 * The button of a search box (Input.Search's `enterButton`), named in the user's language: antd's own
 * is named by its icon, "search", on a Russian or Kazakh screen too. An element of antd's Button
 * itself, which the box takes as its button (a component of ours it would wrap in another button).
 */
export const searchButton = (t: TFunction, primary = false) => (
  <Button
    type={primary ? 'primary' : 'default'}
    icon={<SearchOutlined aria-hidden />}
    aria-label={t('nav.find')}
  />
);
