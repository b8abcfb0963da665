import { describe, expect, it } from 'vitest';
import { findProseTasks, opensWithBody } from './prose-task.js';

describe('findProseTasks', () => {
  it.each([
    // The verb as the predicate of a sentence whose subject is the body.
    ['Совет обороны Лесовии координирует деятельность министерств в сфере обороны.', 'Совет обороны', ['координирует деятельность министерств в сфере обороны']],
    ['Совет обороны Лесовии (СОЛ) координирует и контролирует работу силовых ведомств.', 'Совет обороны Лесовии', ['координирует и контролирует работу силовых ведомств']],
    ['Канцелярия Президента обеспечивает деятельность главы государства.', 'Канцелярия Президента Лесовии', ['обеспечивает деятельность главы государства']],
    ['Совет Безопасности готовит решения Президента по вопросам обороны.', 'Совет Безопасности', ['готовит решения Президента по вопросам обороны']],
    // A relative clause after the body's definition.
    ['Кабинет Министров Лесовии – высший исполнительный орган, который осуществляет управление экономикой страны.', 'Кабинет Министров', ['осуществляет управление экономикой страны']],
    ['Служба – государственный орган, которая организует охрану высших должностных лиц.', 'Служба', ['организует охрану высших должностных лиц']],
    // One task per clause.
    ['Совет обороны координирует работу министерств и разрабатывает военную доктрину; его решения обязательны.', 'Совет обороны', ['координирует работу министерств', 'разрабатывает военную доктрину']],
    ['Агентство разрабатывает программы, а также контролирует их исполнение.', 'Агентство', ['разрабатывает программы', 'контролирует их исполнение']],
    ['Канцелярия готовит проекты указов, ведёт переписку, организует визиты Президента.', 'Канцелярия', ['готовит проекты указов, ведёт переписку', 'организует визиты Президента']],
    ['The Defence Council of Freedonia coordinates the work of the armed forces.', 'Defence Council', ['coordinates the work of the armed forces']],
    ['The Cabinet is the highest executive body, which ensures the implementation of laws.', 'Cabinet', ['ensures the implementation of laws']],
    ['The Bureau prepares the budget and monitors its execution.', 'Bureau', ['prepares the budget', 'monitors its execution']],
    ['The Agency controls the ports as well as coordinates the customs.', 'Agency', ['controls the ports', 'coordinates the customs']],
    // A clause of another kind after the functions ends them.
    ['Правительство Лесовии обеспечивает исполнение законов и подотчётно Парламенту.', 'Правительство', ['обеспечивает исполнение законов']],
    ['Президент Лесовии обеспечивает единство власти, и является гарантом Конституции.', 'Президент', ['обеспечивает единство власти']],
    ['The Cabinet ensures the implementation of laws and is accountable to the Assembly.', 'Cabinet', ['ensures the implementation of laws']],
    // Another subject, another body, a past tense, no function's verb, a verb after another clause.
    ['Президент обеспечивает согласованное функционирование органов власти.', 'Правительство', []],
    ['Совет Министров координирует работу министерств.', 'Совет Безопасности', []],
    ['Секретарь Совета обороны координирует работу аппарата.', 'Совет обороны', []],
    // A verb the lexicon lacks before the first one it has: the clause's start is unknown.
    ['Комиссия изучает прошения и готовит по ним заключения.', 'Комиссия', []],
    ['The Board reviews petitions and prepares its opinions.', 'Board', []],
    ['Совет обороны координировал работу министерств.', 'Совет обороны', []],
    ['Правительство Лесовии подотчётно Парламенту.', 'Правительство', []],
    ['Совет, по словам Ивана Петрова, обеспечивает стабильность.', 'Совет', []],
    ['В 2015 году Совет обороны координирует учения.', 'Совет обороны', []],
    ['The Council was chaired by the President, who ensures continuity.', 'Council', []],
  ])('%s', (sentence, body, expected) => {
    expect(findProseTasks(sentence, body)).toEqual(expected);
  });

  it('reads doubled spaces', () => {
    expect(findProseTasks('Совет  обороны  координирует  работу  министерств.', 'Совет обороны')).toEqual(['координирует  работу  министерств']);
  });
});

describe('opensWithBody', () => {
  it.each([
    ['Правительства Лесовии решения', 'Правительство', true],
    ['Совет Министров решает', 'Совет Безопасности', false],
    ['Совет национальной безопасности решает', 'Совет Безопасности', true],
    ['совет решает', 'Совет', false],
  ])('%s / %s', (sentence, body, expected) => {
    expect(opensWithBody(sentence, body)).toBe(expected);
  });
});
