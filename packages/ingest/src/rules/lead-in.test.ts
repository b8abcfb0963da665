import { describe, expect, it } from 'vitest';
import { readLeadIn, readTaskHeading } from './lead-in.js';

describe('readLeadIn', () => {
  it.each([
    ['The Administration of the President shall:', 'Administration of the President'],
    ['The Council of Ministers shall:', 'Council of Ministers'],
    ['The Government shall:', 'Government'],
    ['The functions of the Security Council are:', 'Security Council'],
    ['Basic tasks of the Committee are as follows:', 'Committee'],
    ['The principal tasks of the Commission are:', 'Commission'],
    ['The main powers of the Cabinet of Ministers include:', 'Cabinet of Ministers'],
    ['The Commission has the following tasks:', 'Commission'],
    ['The Council performs the following functions:', 'Council'],
    ['The Assembly activity is directed to the solution of the following tasks:', 'Assembly'],
    ['The Executive Office is responsible for:', 'Executive Office'],
    ['Its tasks are:', null],
    ['The main functions are as follows:', null],
    ['It has the following powers:', null],
    ['Основными задачами Комиссии являются:', 'Комиссии'],
    ['Главными функциями Совета являются следующие:', 'Совета'],
    ['К функциям Правительства относятся:', 'Правительства'],
    ['К основным задачам Агентства относится:', 'Агентства'],
    ['Задачи Совета Безопасности:', 'Совета Безопасности'],
    ['Основные функции Кабинета Министров включают:', 'Кабинета Министров'],
    ['Комиссия имеет следующие задачи:', 'Комиссия'],
    ['Совет выполняет следующие функции:', 'Совет'],
    ['Деятельность Ассамблеи направлена на решение следующих задач:', 'Ассамблеи'],
    ['Правительство:', 'Правительство'],
    ['В соответствии с Конституцией Правительство:', 'Правительство'],
    ['Правительство Республики Казахстан призвано:', 'Правительство Республики Казахстан'],
    // The body in the genitive after "в круг/число задач", in the instrumental after "перед", in the accusative after "на".
    ['В круг задач Администрации входят:', 'Администрации'],
    ['В число задач Совета входят:', 'Совета'],
    ['В число основных функций Агентства входит:', 'Агентства'],
    ['В перечень полномочий Комитета по делам молодёжи включены:', 'Комитета по делам молодёжи'],
    ['В компетенцию Комиссии входят следующие вопросы:', 'Комиссии'],
    ['В задачи Службы входит:', 'Службы'],
    ['Совет призван решать следующие задачи:', 'Совет'],
    ['Комиссия призвана выполнять следующие функции:', 'Комиссия'],
    ['Агентство должно осуществлять функции:', 'Агентство'],
    ['Перед Национальным советом поставлены следующие задачи:', 'Национальным советом'],
    ['Перед Агентством стоят задачи:', 'Агентством'],
    ['Перед Государственной комиссией стоят следующие цели:', 'Государственной комиссией'],
    ['На Совет возложены следующие функции:', 'Совет'],
    ['На Администрацию возлагаются задачи:', 'Администрацию'],
    ['Совет наделён следующими полномочиями:', 'Совет'],
    ['Комитет наделен следующими функциями:', 'Комитет'],
    ['Среди задач Совета:', 'Совета'],
    ['Среди основных функций Правительства – следующие:', 'Правительства'],
    ['К основным функциям Администрации относятся:', 'Администрации'],
    ['Администрация:', 'Администрация'],
    ['Кабинет Министров обязан:', 'Кабинет Министров'],
    ['Его основные задачи:', null],
    ['Основные задачи:', null],
  ])('should read %j as a lead-in of %j', (sentence, body) => {
    expect(readLeadIn(sentence)).toEqual({ body });
  });

  it.each([
    'The Government shall ensure the execution of laws.',
    'The Council consists of representatives of various institutions.',
    'Three groups compete:',
    'Official Sites:',
    'Chair: Nazarbayev Nursultan Abishevitch, President of the Republic of Kazakhstan.',
    'Прекращение полномочий:',
    'Можно выделить три группы:',
    'Председатель: Назарбаев Нурсултан Абишевич, Президент Республики Казахстан.',
    // A sentence that holds a body's noun but does not open with one names no body.
    'В число членов Совета входят:',
    'В состав Совета входят:',
    'Перед Советом выступили:',
    'На заседании Совета были рассмотрены:',
    'Члены Совета:',
  ])('should not read %j as a lead-in', (sentence) => {
    expect(readLeadIn(sentence)).toBeNull();
  });
});

describe('readTaskHeading', () => {
  it.each([
    // The fixture's shape: an <h4> over the council's list of tasks.
    ['Задачи совета', null],
    ['Основные функции Администрации', 'Администрации'],
    ['Функции Государственного совета', 'Государственного совета'],
    ['Functions of the Council', null],
    ['Main tasks', null],
  ])('should read the heading %j as a lead-in of %j', (heading, body) => {
    expect(readTaskHeading(heading)).toEqual({ body });
  });

  it.each([
    // A heading that only names a body is that body's, even where "Канцелярия:" opens a list.
    'Канцелярия',
    'Правительство',
    'Совет национальной безопасности',
    'Состав Совета',
    'Political elite',
  ])('should not read the heading %j as a lead-in', (heading) => {
    expect(readTaskHeading(heading)).toBeNull();
  });
});
