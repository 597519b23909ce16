import { Card, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface Props {
  title: string;
  extra?: ReactNode;
  style?: CSSProperties;
  children: ReactNode;
}

/** A titled region of a page: a landmark named by its heading (level 2, under the page's h1). */
export function SectionCard({ title, extra, style, children }: Props) {
  return (
    <section aria-label={title} style={style}>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {title}
          </Typography.Title>
        }
        extra={extra}
        style={{ height: '100%' }}
      >
        {children}
      </Card>
    </section>
  );
}
