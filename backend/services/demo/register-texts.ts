import type { Sentence } from '../../../shared/domain/case-record';
import type { SupervisionType } from '../../../shared/domain/monitoring';
import type { DistrictName } from './vocabulary';

/*
 * The words of the demo monitoring register, in Russian as Astana's supervisors write them: courts and
 * services of each district, the restrictions a court sets, what a supervisor records.
 */

/** District names as a court's or an office's name carries them. */
export const districtInRussian: Record<DistrictName, string> = {
  Almaty: 'Алматы',
  Baikonyr: 'Байконыр',
  Yesil: 'Есиль',
  Saryarka: 'Сарыарка',
  Nura: 'Нура',
};

/** 1 год, 2 года, 5 лет: Russian counts the noun by the number's last digits. */
function plural(n: number, one: string, few: string, many: string): string {
  const [tens, units] = [n % 100, n % 10];
  if (tens >= 11 && tens <= 14) return `${n} ${many}`;
  if (units === 1) return `${n} ${one}`;
  return units >= 2 && units <= 4 ? `${n} ${few}` : `${n} ${many}`;
}

export function termText(months: number): string {
  const [y, m] = [Math.floor(months / 12), months % 12];
  return [y ? plural(y, 'год', 'года', 'лет') : '', m ? plural(m, 'месяц', 'месяца', 'месяцев') : '']
    .filter(Boolean)
    .join(' ');
}

/** A sentence as the conviction's free text writes it. */
export function sentenceText(s: Pick<Sentence, 'type' | 'years' | 'months' | 'fineKzt'>): string {
  const term = termText(12 * (s.years ?? 0) + (s.months ?? 0));
  switch (s.type) {
    case 'imprisonment':
      return `Лишение свободы на ${term}`;
    case 'suspended':
      return `Лишение свободы на ${term} условно, испытательный срок ${term}`;
    case 'restriction':
      return `Ограничение свободы на ${term}`;
    case 'fine':
      // Digits grouped by hand: locale formatting differs between ICU builds, the demo must not.
      return `Штраф ${String(s.fineKzt ?? 0).replace(/\B(?=(\d{3})+$)/g, ' ')} тенге`;
    default:
      return 'Иная мера наказания';
  }
}

/** 2024-03-05 → 05.03.2024, as documents date themselves. */
export const dotted = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export function basisText(type: SupervisionType, district: DistrictName, on: string): string {
  const court = `суда района ${districtInRussian[district]} г. Астаны`;
  switch (type) {
    case 'administrative':
      return `Постановление ${court} об установлении административного надзора от ${dotted(on)}`;
    case 'probation':
      return `Приговор ${court} от ${dotted(on)}, пробационный контроль`;
    case 'parole':
      return `Постановление ${court} об условно-досрочном освобождении от ${dotted(on)}`;
    case 'prosecutorWatch':
      return `Решение прокурора района ${districtInRussian[district]} о профилактическом наблюдении от ${dotted(on)}`;
  }
}

/** Who watches the person: the service that carries out each kind of supervision. */
export const officerTitles: Record<SupervisionType, string> = {
  administrative: 'Участковый инспектор полиции',
  probation: 'Инспектор службы пробации',
  parole: 'Инспектор службы пробации',
  prosecutorWatch: 'Помощник прокурора района',
};

export const curfews = ['22:00–06:00', '23:00–06:00', '21:00–06:00'] as const;

export const bannedPlaces = [
  'Бары, рестораны и ночные клубы',
  'Места проведения массовых мероприятий',
  'Развлекательные заведения после 22:00',
  'Места продажи алкоголя на розлив',
  'Компьютерные клубы и игорные заведения',
] as const;

export const travelRules = [
  'Выезд за пределы г. Астаны только с разрешения органа внутренних дел',
  'Не покидать г. Астану без уведомления инспектора',
] as const;

export const violations = [
  'Отсутствовал по месту жительства в ночное время',
  'Находился в баре в состоянии алкогольного опьянения',
  'Выехал за пределы г. Астаны без разрешения',
  'Сменил место жительства без уведомления инспектора',
  'Привлечён к административной ответственности за мелкое хулиганство',
] as const;

export const missedTexts = [
  'Не явился на регистрацию без уважительной причины',
  'Не явился на регистрацию; объяснил болезнью, справку не представил',
] as const;

export const WARNING_TEXT = 'Вынесено официальное предостережение о недопустимости нарушений';

export const servedTexts: Record<SupervisionType, string> = {
  administrative: 'Снят с учёта по истечении срока административного надзора',
  probation: 'Снят с учёта по истечении испытательного срока',
  parole: 'Снят с учёта по окончании неотбытой части наказания',
  prosecutorWatch: 'Профилактическое наблюдение завершено',
};

export const personNotes = [
  'Проживает с родителями',
  'Трудоустроен грузчиком на оптовом рынке',
  'Состоит на учёте у нарколога',
  'Женат, двое детей',
  'Работает водителем такси по найму',
  'Проживает в общежитии, постоянной работы не имеет',
] as const;

/** Fictional officers, signed as a surname with initials. */
export const officerNames = [
  'Жакупов Н. С.',
  'Сейтжанов А. М.',
  'Петренко О. В.',
  'Абилова Г. К.',
  'Туребаев Е. Б.',
  'Ким А. Е.',
  'Мусабекова Д. Т.',
  'Лысенко И. А.',
] as const;
