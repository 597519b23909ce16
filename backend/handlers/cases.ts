import { DomainError } from '../errors';
import type { Handlers } from './handler';

export const caseHandlers = {
  'cases.create': ({ registryNumber, article, part, district, registeredOn }, { store, actor }) =>
    store.write(actor, async (tx) => {
      if ((await tx.cases.idByRegistryNumber(registryNumber)) !== null) {
        throw DomainError.field('conflict', {
          path: 'registryNumber',
          key: 'errors.registryNumber.taken',
          params: { registryNumber },
        });
      }
      const knownDistrict = await tx.reference.districtByName(district);
      if (!knownDistrict) {
        throw DomainError.field('rule_violation', { path: 'district', key: 'errors.district.unknown', params: { name: district } });
      }
      const knownArticle = await tx.reference.articleByCode(article);
      if (!knownArticle) {
        throw DomainError.field('rule_violation', { path: 'article', key: 'errors.article.unknown', params: { code: article } });
      }
      const id = await tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
        w.cases.insert({
          registryNumber,
          articleId: knownArticle.id,
          part: part ?? null,
          districtId: knownDistrict.id,
          registeredOn,
        }),
      );
      const created = await tx.cases.get(id);
      if (!created) throw new Error(`case ${id} vanished inside its own transaction`);
      return created;
    }),
  'cases.list': (query, { store }) => store.read((r) => r.cases.list(query)),
} satisfies Partial<Handlers>;
