import { z } from 'zod';
import { statsArticle } from './stats';

/*
 * The crime types a review is made for (issue 15): the unit's named subjects, each one or more
 * articles of the Criminal Code with its title and, per article, the legal text the review quotes, in
 * every language a review is written in. Absent a subject, a review covers every registered case.
 */

/** `all` is the CLI's word for every case (`--subject all`), so no subject may take it. */
export const ALL_CASES = 'all';

const text = (max: number) => z.string().trim().max(max);
const title = text(300).min(1, { error: 'errors.subject.title' });

/** A subject's title in each language: the review's subtitle and the Reports screen's picker. */
export const subjectTitle = z.object({ ru: title, kk: title, en: title }).strict();
/** An article's legal text in each language; paragraphs apart by a blank line, empty leaves it out. */
export const legalText = z.object({ ru: text(10_000), kk: text(10_000), en: text(10_000) }).strict();

export const subjectArticle = z.object({ code: statsArticle, legal: legalText }).strict();

export const subjectName = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, { error: 'errors.subject.name' })
  .refine((name) => name !== ALL_CASES, { error: 'errors.subject.nameAll' });

export const reviewSubject = z
  .object({
    name: subjectName,
    title: subjectTitle,
    articles: z.array(subjectArticle).min(1, { error: 'errors.subject.noArticles' }).max(50),
  })
  .strict()
  .superRefine(({ articles }, ctx) => {
    const seen = new Set<string>();
    articles.forEach(({ code }, i) => {
      if (seen.has(code))
        ctx.addIssue({
          code: 'custom',
          message: 'errors.subject.articleTwice',
          path: ['articles', i, 'code'],
          params: { article: code },
        });
      seen.add(code);
    });
  });
export type ReviewSubject = z.infer<typeof reviewSubject>;

/** What Settings hold: the subjects and the one a review takes when none is asked (null: every case). */
export const reviewSubjects = z
  .object({
    subjects: z.array(reviewSubject).max(100),
    defaultSubject: z.string().trim().min(1).max(40).nullable(),
  })
  .strict()
  .superRefine(({ subjects, defaultSubject }, ctx) => {
    const seen = new Set<string>();
    subjects.forEach(({ name }, i) => {
      if (seen.has(name))
        ctx.addIssue({
          code: 'custom',
          message: 'errors.subject.nameTwice',
          path: ['subjects', i, 'name'],
          params: { name },
        });
      seen.add(name);
    });
    if (defaultSubject !== null && !seen.has(defaultSubject))
      ctx.addIssue({
        code: 'custom',
        message: 'errors.subject.unknownDefault',
        path: ['defaultSubject'],
        params: { name: defaultSubject },
      });
  });
export type ReviewSubjects = z.infer<typeof reviewSubjects>;
