export interface District {
  id: number;
  name: string;
  labels: { ru: string | null; kk: string | null; en: string | null };
}

export interface Article {
  id: number;
  code: string;
  titles: { ru: string | null; kk: string | null; en: string | null };
}
