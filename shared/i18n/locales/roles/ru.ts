import type { LocaleStrings } from '../en';

const roles: LocaleStrings['roles'] = {
  viewOnly: 'Только просмотр',
  viewOnlyHint: 'Ваша роль ({{role}}) позволяет просматривать эти данные, но не изменять их.',
  notForRole: 'Недоступно для вашей роли ({{role}}). Доступно ролям: {{roles}}.',
  availableTo: 'Доступно ролям: {{roles}}.',
  notPermitted: {
    title: 'Недоступно для вашей роли',
    text: 'Ваша роль ({{role}}) не предусматривает этого. Если это нужно для работы, обратитесь к администратору.',
    back: 'К сводке',
  },
  emptyDatabase: 'Дела появятся здесь, когда надзирающий прокурор импортирует или зарегистрирует их.',
  emptyRegister: 'В реестре пока никого нет.',
  investigationDays_one: '{{count, number}} день',
  investigationDays_few: '{{count, number}} дня',
  investigationDays_many: '{{count, number}} дней',
  investigationDays_other: '{{count, number}} дня',
  notSet: 'Не указана',
};

export default roles;
