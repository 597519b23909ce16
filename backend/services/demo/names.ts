import type { Sex } from '../../../shared/domain/case-record';
import type { Random } from './random';

const words = (text: string): readonly string[] => text.split(' ');

/*
 * Full names as Kazakhstani case files write them: Surname Name Patronymic, in Cyrillic.
 * Most are Kazakh, some Russian, a few Korean (Ким, Цой, Пак keep one form for both sexes).
 */

const kazakhSurnames = words(
  'Ахметов Абдрахманов Жумабаев Нурпеисов Сейтказиев Касымов Омаров Байжанов Сулейменов Искаков Ермеков Кенжебаев Мухамеджанов Садыков Тулегенов Шаймерденов Амиров Бекмуханов Есенов Жаксылыков Калиев Мусин Нургалиев Оспанов Рахимов Сарсенбаев Темирбаев Умбетов Досмухамбетов Кожахметов Имангалиев Байтурсынов',
);
const kazakhMen = words(
  'Ерлан Нурлан Асхат Серик Бауыржан Кайрат Дархан Ержан Талгат Азамат Арман Данияр Самат Руслан Тимур Айдос Мирас Алибек Даулет Жандос Ернар Олжас Бекзат Максат',
);
const kazakhWomen = words(
  'Айгерим Динара Асель Жанар Гульнара Айжан Мадина Камила Дана Сауле Алия Айнур Жазира Томирис Аружан Балжан Меруерт Шынар',
);
/** Fathers' names; a Kazakh patronymic adds -ович / -овна to them. */
const kazakhFathers = words(
  'Серик Нурлан Ерлан Кайрат Асхат Болат Марат Бахыт Талгат Ермек Аскар Мурат Канат Берик Жанат Даурен Сагын Нуржан Ерболат',
);

const russianSurnames = words(
  'Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Шевченко Бондаренко',
);
const russianMen = words(
  'Сергей Андрей Алексей Дмитрий Николай Иван Павел Михаил Владимир Евгений Максим Артём Денис Виктор Олег',
);
const russianWomen = words(
  'Анна Елена Ольга Наталья Татьяна Ирина Екатерина Мария Светлана Юлия Анастасия Виктория Дарья',
);
/** Russian patronymics are irregular enough to list whole: [his, hers]. */
const russianPatronymics: readonly (readonly [string, string])[] = [
  ['Сергеевич', 'Сергеевна'],
  ['Андреевич', 'Андреевна'],
  ['Николаевич', 'Николаевна'],
  ['Александрович', 'Александровна'],
  ['Викторович', 'Викторовна'],
  ['Владимирович', 'Владимировна'],
  ['Петрович', 'Петровна'],
  ['Иванович', 'Ивановна'],
  ['Юрьевич', 'Юрьевна'],
  ['Михайлович', 'Михайловна'],
];
const koreanSurnames = words('Ким Цой Пак Ли Тен');

/** Ivanov → Ivanova; surnames such as Шевченко or Ким have one form. */
function surnameFor(male: string, sex: Sex): string {
  return sex === 'F' && /(ов|ев|ёв|ин)$/.test(male) ? `${male}а` : male;
}

export function fullName(random: Random, sex: Sex): string {
  const origin = random.weighted([
    ['kazakh', 70],
    ['russian', 25],
    ['korean', 5],
  ] as const);
  if (origin === 'kazakh') {
    const father = random.pick(kazakhFathers);
    return [
      surnameFor(random.pick(kazakhSurnames), sex),
      random.pick(sex === 'M' ? kazakhMen : kazakhWomen),
      `${father}${sex === 'M' ? 'ович' : 'овна'}`,
    ].join(' ');
  }
  const surname = origin === 'russian' ? random.pick(russianSurnames) : random.pick(koreanSurnames);
  const [his, hers] = random.pick(russianPatronymics);
  return [
    surnameFor(surname, sex),
    random.pick(sex === 'M' ? russianMen : russianWomen),
    sex === 'M' ? his : hers,
  ].join(' ');
}
