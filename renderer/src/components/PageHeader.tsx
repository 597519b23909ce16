import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title of an area (the page's only h1) with its main actions on the right. */
export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  return (
    <Flex align="center" justify="space-between" gap={16} style={{ marginBottom: 16 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
