import type { LocaleStrings } from '../en';

const roles: LocaleStrings['roles'] = {
  viewOnly: 'Тек қарау',
  viewOnlyHint: 'Сіздің рөліңіз ({{role}}) бұл деректерді қарауға ғана мүмкіндік береді, өзгертуге болмайды.',
  notForRole: 'Сіздің рөліңіз ({{role}}) үшін қолжетімсіз. Қолжетімді рөлдер: {{roles}}.',
  availableTo: 'Қолжетімді рөлдер: {{roles}}.',
  notPermitted: {
    title: 'Сіздің рөліңіз үшін қолжетімсіз',
    text: 'Сіздің рөліңізге ({{role}}) бұл кірмейді. Егер жұмысыңызға қажет болса, әкімшіге жүгініңіз.',
    back: 'Жиынтыққа өту',
  },
  emptyDatabase: 'Қадағалаушы прокурор істерді импорттаған немесе тіркеген соң, олар осында пайда болады.',
  emptyRegister: 'Тізілімде әзірге ешкім жоқ.',
  investigationDays_one: '{{count, number}} күн',
  investigationDays_other: '{{count, number}} күн',
  notSet: 'Көрсетілмеген',
};

export default roles;
