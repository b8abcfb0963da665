import { describe, expect, it } from 'vitest';
import { findGroups, underGroupHeading, underPartyLeadIn } from './groups.js';

const ZHUZ = 'Political life is determined by a struggle within three groups: the Elder zhuz (“zhuz”– a historically formed tribal community) –“Uly” (Southern and South-Eastern Kazakhstan); the Middle zhuz–“Orta” (Northern, Central and Eastern Kazakhstan), and the Younger zhuz–“Kishi” (Western Kazakhstan).';
const CLANS = 'Political life in Tajikistan is determined by a struggle for power among three regional groups: the Northern clan (“clan”– a network of people of common regional origin) –“Leninabadi” (Sughd region); the Southern clan–“Kulyabi” (Khatlon region), and the Eastern clan–“Pamiri” (Gorno-Badakhshan).';

type Row = [name: string, category: string, localName?: string | null, region?: string | null];
const rows = (paragraphs: string[]): Row[] => findGroups(paragraphs).map((g) => [g.name, g.category, g.localName, g.region]);
const names = (paragraphs: string[]) => findGroups(paragraphs).map((g) => [g.name, g.category]);

describe('findGroups', () => {
  it.each<[string, Row[]]>([
    [
      ZHUZ,
      [
        ['Elder zhuz', 'zhuz', 'Uly', 'Southern and South-Eastern Kazakhstan'],
        ['Middle zhuz', 'zhuz', 'Orta', 'Northern, Central and Eastern Kazakhstan'],
        ['Younger zhuz', 'zhuz', 'Kishi', 'Western Kazakhstan'],
      ],
    ],
    [
      CLANS,
      [
        ['Northern clan', 'clan', 'Leninabadi', 'Sughd region'],
        ['Southern clan', 'clan', 'Kulyabi', 'Khatlon region'],
        ['Eastern clan', 'clan', 'Pamiri', 'Gorno-Badakhshan'],
      ],
    ],
    ['Three tribes compete: the Great tribe — «Ulu» (the steppe) and the Small tribe - "Kichi" (the mountains).', [['Great tribe', 'tribe', 'Ulu', 'the steppe'], ['Small tribe', 'tribe', 'Kichi', 'the mountains']]],
  ])('should read groups with local names in %j', (paragraph, expected) => {
    expect(rows([paragraph])).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>]>([
    // Regional, business and plain named groups.
    ['Regional groups play a key role in the political life of Tajikistan: the Kulob group dominates the state machinery since the end of the civil war.', [['Kulob group', 'regional group']]],
    ['The Samarkand clan and the Tashkent clan share the key posts.', [['Samarkand clan', 'clan'], ['Tashkent clan', 'clan']]],
    ['Regionalism is strong: the Tashkent group controls the security services.', [['Tashkent group', 'regional group']]],
    ['The Tashkent group controls the security services.', [['Tashkent group', 'group']]],
    ['the Kazakhmys business group and the Alliance financial-industrial group compete for assets.', [['Kazakhmys business group', 'business group'], ['Alliance financial-industrial group', 'business group']]],
    ['Power belongs to the Tashkent-Ferghana clan.', [['Tashkent-Ferghana clan', 'clan']]],
    ['the Ak Orda faction lost ground.', [['Ak Orda faction', 'faction']]],
    ['Two regional groups rule: the Nakhchivan group, which holds the key posts, and the Yerazi group of natives of Armenia.', [['Nakhchivan group', 'regional group'], ['Yerazi group', 'regional group']]],
    ['The St. Petersburg group of lawyers holds the key economic posts.', [['St. Petersburg group', 'group']]],
    ['The Mary and Balkan regional groups have been pushed to the margins.', [['Mary group', 'regional group'], ['Balkan group', 'regional group']]],
    ['The Lviv and Kharkiv clans compete.', [['Lviv clan', 'clan'], ['Kharkiv clan', 'clan']]],
    ['The southern clans, strong in Osh and Jalal-Abad, oppose the northern elite that dominates the capital.', [['southern clans', 'clan'], ['northern elite', 'regional elite']]],
    ['The Western groups lost.', [['Western groups', 'regional group']]],
    ['The regional elite of Gagauzia defends the autonomy.', [['regional elite of Gagauzia', 'regional elite']]],
    ['The election confirmed the dominance of the natives of the Kulob region in the state.', [['natives of the Kulob region', 'regional group']]],
    ['The natives of the Mogilev region, the Shklov group, hold many posts.', [['Shklov group', 'group']]],
    // Business groups named by whom they gather.
    ['Its main rival is the business group of the gas traders.', [['business group of the gas traders', 'business group']]],
    ['A business group around the families of leading officials controls the largest companies.', [['business group around the families of leading officials', 'business group']]],
    ['The elite is formed by the business groups connected with the mining industry.', [['business groups connected with the mining industry', 'business group']]],
    ['The business group of the billionaire Bidzina Ivanishvili, which entered politics in 2011, became the main rival.', [['business group of the billionaire Bidzina Ivanishvili', 'business group']]],
    ['The parties and the business groups behind them compete.', []],
    // Named by an apposition or "so-called".
    ['The siloviki, an elite circle of former officers, control the power structures.', [['siloviki', 'elite circle']]],
    ['The nutag councils, associations of natives of the same aimag, nominate candidates.', [['nutag councils', 'association']]],
    ['Power is held by a narrow circle of officials, the so-called siloviki.', [['siloviki', 'elite circle']]],
    ['The so-called technocrats gained posts.', [['technocrats', 'group']]],
    ['The so-called reformists gained posts.', []],
    ['So-called patron-client relations feature the system.', []],
    ['The President, the head of the state, decides.', []],
    ['The Government, a group of ministers, resigned.', []],
    // Every noun and its category.
    ['the Ordabasy financial group and the Pavlodar industrial group merged.', [['Ordabasy financial group', 'business group'], ['Pavlodar industrial group', 'business group']]],
    ['The Donbass oligarchic group won.', [['Donbass oligarchic group', 'business group']]],
    ['The Karimov family clan owns the banks.', [['Karimov family clan', 'clan']]],
    ['The Ak Orda political group lost.', [['Ak Orda political group', 'political group']]],
    ['The Hisor regional group lost.', [['Hisor regional group', 'regional group']]],
    ['The Teke tribe dominates.', [['Teke tribe', 'tribe']]],
    ['The Elder and Middle zhuzes compete.', [['Elder zhuz', 'zhuz'], ['Middle zhuz', 'zhuz']]],
    ['The Yomud and Teke tribes compete.', [['Yomud tribe', 'tribe'], ['Teke tribe', 'tribe']]],
    ['The Kulob and Hisor business groups compete.', [['Kulob group', 'business group'], ['Hisor group', 'business group']]],
    ['The Kulob and Hisor groups compete.', [['Kulob group', 'group'], ['Hisor group', 'group']]],
    ['The Kulob and Hisor groups compete for regional influence: regionalism is strong.', [['Kulob group', 'regional group'], ['Hisor group', 'regional group']]],
    ['The afghantsy, a network of veterans, support him.', [['afghantsy', 'network']]],
    ['The komsomoltsy, a group of former functionaries, rose.', [['komsomoltsy', 'group']]],
    ['The Adai, a clan of the west, rebelled.', [['Adai', 'clan']]],
    ['The central clans lost.', [['central clans', 'clan']]],
    ['The Eastern elites lost.', [['Eastern elites', 'regional elite']]],
    ['The local clan of Osh rules the city.', [['local clan of Osh', 'regional clan']]],
    ['The regional group of the Fergana Valley lost.', [['regional group of the Fergana Valley', 'regional group']]],
    ['It rests on the natives of the Ferghana-Namangan region.', [['natives of the Ferghana-Namangan region', 'regional group']]],
    ['The Kazakh Working group met.', []],
    ['The Working and Kulob groups met.', [['Kulob group', 'group']]],
    ['The opposition leaders, a group of deputies, left.', []],
    ['Two interest groups: the “siloviki” group and the “liberal” clan.', [['siloviki interest group', 'interest group'], ['liberal clan', 'clan']]],
    ["The President’s inner circle and the President's inner circle are one.", [['President’s inner circle', 'elite circle']]],
    ...['relations', 'system', 'practice', 'policy', 'reforms', 'reform', 'regionalism'].map((word): [string, Array<[string, string]>] => [`This is the so-called ${word}.`, []]),
    ['This is the so-called nomenklatura.', [['nomenklatura', 'group']]],
    ['The so-called Mogilev group, the natives of the President’s home region, is gaining influence.', [['Mogilev group', 'group']]],
    ['After the civil war the Kulob group took the key posts, while the once dominant Leninabad group lost its positions.', [['Kulob group', 'group'], ['Leninabad group', 'group']]],
    ['The victory returned to power the so-called red directors, the managers of the former Soviet enterprises.', [['red directors', 'group']]],
    ['Observers speak of the so-called old guard, an elite circle of officials.', [['old guard', 'elite circle']]],
    ['The family clan of the former President lost its positions.', [['family clan of the former President', 'clan']]],
    // A group named after a person: a given name and a family name of the region's shape.
    ['Analysts single out the group of Daniyar Temirov and the circle of Askar Bekmukhanov.', [['group of Daniyar Temirov', 'group'], ['circle of Askar Bekmukhanov', 'elite circle']]],
    // Near misses: no family name of the region's shape; a longer name.
    ['The group of Central Asian states met; clans watched.', []],
    ['The group of Friends Of Democracy met; clans watched.', []],
    ['The tandem of Bakiyev, a native of the Jalal-Abad region, and Kulov rules.', [['native of the Jalal-Abad region', 'regional group']]],
    ['This is the so-called tandem.', []],
    ['This is the so-called power vertical.', []],
    // Elite circles.
    ["Key decisions are made by the President's inner circle.", [["President's inner circle", 'elite circle']]],
    ['Key decisions are made by the President’s family.', [['President’s family', 'elite circle']]],
    ['The inner circle of the President decides.', [['inner circle of the President', 'elite circle']]],
    ['The close circle of the President decides.', [['close circle of the President', 'elite circle']]],
    ["The President's entourage, the President's team and the President's clan decide.", [["President's entourage", 'elite circle'], ["President's team", 'elite circle'], ["President's clan", 'elite circle']]],
    ["The Prime Minister's closest circle decides.", []],
    ["The Premier's closest circle decides.", [["Premier's closest circle", 'elite circle']]],
    ['Business is controlled by the Family, as the ruling clique is called.', [['Family', 'elite circle']]],
    ['The “Family” owns the banks.', [['Family', 'elite circle']]],
    ['In recent years the so-called Family, a circle of young businessmen close to the President’s elder son, has strengthened its positions.', [['Family', 'elite circle']]],
    ['Power rests with a narrow elite circle around the President, recruited from the Ahal tribe.', [['Ahal tribe', 'tribe'], ['elite circle around the President', 'elite circle']]],
    // Quoted groups.
    ['Two groups stand out: the “siloviki” group and the “liberal” clan.', [['siloviki group', 'group'], ['liberal clan', 'clan']]],
    // Quoted names with their noun inside, after or before the quotes.
    ['Power has been held since 1998 by the so-called “Karabakh clan” of natives of the region.', [['Karabakh clan', 'clan']]],
    ['Analysts single out the so-called "Shklov group" - people from the President\'s home town.', [['Shklov group', 'group']]],
    ['The old “Tbilisi” elite lost its posts.', [['Tbilisi elite', 'elite']]],
    ['The rivals are the “Burjanadze team” of the Speaker and the business group “Omega”.', [['Burjanadze team', 'elite circle'], ['Omega', 'business group']]],
    ['The President relies on the clan «Ak-Jol» and on the “Democratic Union” faction of the party.', [['Democratic Union faction', 'faction'], ['Ak-Jol', 'clan']]],
    // A quoted name alone, where the paragraph speaks of groups.
    ['Analysts distinguish two groups within the elite: the “siloviki” (heads of the law-enforcement bodies) and the young “technocrats” promoted by the Prime Minister.', [['siloviki', 'group'], ['technocrats', 'group']]],
    ['Three groups compete: the “old guard” of the first President, the “Family”, and the “reformers”.', [['Family', 'elite circle'], ['old guard', 'group'], ['reformers', 'group']]],
    ['Business groups, often called “oligarchs”, finance the parties.', [['oligarchs', 'group']]],
    ['Analysts distinguish groups: the party “old guard” of former officials; the so-called “young reformers” gathered around the adviser; and the “family” business group close to the President’s son.', [['family business group', 'business group'], ['old guard', 'group'], ['young reformers', 'group']]],
    ['Within the elite groups compete. The big business (“oligarchs”) is represented in the Assembly.', [['oligarchs', 'group']]],
    ['The reform created a “dual power” system within the elite, and the “Nur Otan” party won.', []],
    ['The President called the “Strategy 2030” a success.', []],
    // Regional elites of two places, business circles.
    ['The regional elites of Samegrelo and Kvemo Kartli retain informal influence.', [['regional elite of Samegrelo', 'regional elite'], ['regional elite of Kvemo Kartli', 'regional elite']]],
    ['Then comes the business circle of Ainārs Šlesers.', [['business circle of Ainārs Šlesers', 'business group']]],
    // A family, a side of the country with where it comes from, the analysis' own words for groups.
    ['The Gasimov family, relatives of the First Lady, control banking.', [['Gasimov family', 'family']]],
    ['After 2005 the southern clans from Osh and Jalal-Abad came to power.', [['southern clans', 'clan']]],
    ['A second centre of influence is formed by the oligarchs close to the ruling party.', [['oligarchs', 'group']]],
    ['Power rests with the siloviki, headed in the 2000s by the State Secretary.', [['siloviki', 'elite circle']]],
    ['The young technocrats promoted by the President compete with the old guard.', [['technocrats', 'group'], ['old guard', 'group']]],
    ['The family of the President owns banks.', []],
    // Generic plurals, bodies and other nouns: no group.
    ['Regional groups play a key role in the political life of Tajikistan.', []],
    ['Interest groups that act on the political arena represent a segment of the state machinery.', []],
    ['The Regional group of deputies met.', []],
    ['The Working group of the Parliament drafted the law.', []],
    ['the Minsk Group of the OSCE met.', []],
    ['The “economic” interest groups concentrate the largest bulk of property.', []],
    ['The Family Code was adopted in 1998.', []],
    ['The National Commission for Family and Women submits proposals.', []],
    ['The Security Council group of experts.', []],
    ['The Governmental lobby (66.7%) is the strongest.', []],
    ['the Kazakh business elite grew.', []],
    // A lobby named by what it stands for, quoted or not; quoted names where the paragraph speaks of a lobby.
    ['The interests of the gas traders form the "energy lobby", which is close to the Government.', [['energy lobby', 'lobby']]],
    ['Observers distinguish the "old guard", the functionaries of the past, and the "young technocrats" around the Prime Minister; the agrarian lobby backs neither.', [['agrarian lobby', 'lobby'], ['old guard', 'group'], ['young technocrats', 'group']]],
    // Near misses: a lobby named by no interest; quoted names where nobody speaks of groups.
    ['The powerful lobby of the banks and the influential lobby won; the major lobby and the strongest lobby lost.', []],
    ['Personal contacts appear to be the clan lobby resource, the business lobby groups the other.', []],
    ['Observers distinguish the "old guard", the functionaries of the past.', []],
  ])('should read %j', (paragraph, expected) => {
    expect(names([paragraph])).toEqual(expected);
  });

  it.each([
    ZHUZ,
    CLANS,
    'Regional groups play a key role: the Kulob group dominates the state machinery; the Mary and Balkan regional groups lost.',
    "The siloviki, an elite circle of officers, and the President's inner circle decide; the so-called Family grows.",
    'The business group of the gas traders and the southern clans compete with the regional elite of Gagauzia and the natives of the Kulob region.',
    'Two interest groups: the “economic” group is rich and the Tashkent-Ferghana clan is old.',
    'In recent years the so-called Family, a circle of young businessmen, and the Adai, a clan of the west, rose.',
    'Гармская (Каратегинская) и Памирская (Бадахшанская) группы получили квоту.',
  ])('should read %j the same with other spaces', (paragraph) => {
    const read = (text: string) => findGroups([text]).map((g) => [g.name, g.category, g.localName, g.region, g.description?.replace(/\s+/g, ' ') ?? null]);
    const spaced = read(paragraph.replace(/ /g, '  \n'));
    expect(spaced).toEqual(read(paragraph));
    expect(spaced.length).toBeGreaterThan(1);
  });

  it('should keep the other name in brackets as the local name', () => {
    expect(rows(['Гармская (Каратегинская) и Памирская (Бадахшанская) группы получили квоту.'])).toEqual([
      ['гармская группа', 'regional group', 'каратегинская группа', null],
      ['памирская группа', 'regional group', 'бадахшанская группа', null],
    ]);
  });

  it.each([
    ['After 2005 the southern clans from Osh and Jalal-Abad came to power.', 'Osh and Jalal-Abad'],
    ['The northern elite (the Chui, Talas and Issyk-Kul clans) dominated.', 'Chui, Talas and Issyk-Kul'],
    ['The western group of Atyrau and Mangistau rose.', 'Atyrau and Mangistau'],
    ['The rivalry of the northern and the southern clans shapes politics; after 2005 the southern clans from Osh and Jalal-Abad came to power.', 'Osh and Jalal-Abad'],
  ])('should keep where a side\'s group comes from in %j', (paragraph, region) => {
    expect(findGroups([paragraph]).find((g) => g.region)?.region).toBe(region);
  });

  it('should describe only a group read by name, and only by the sentence that opens with it', () => {
    const described = (paragraph: string) => findGroups([paragraph]).map((g) => [g.name, g.description]);
    expect(described('The Mary and Balkan regional groups lost.')).toEqual([['Mary group', null], ['Balkan group', null]]);
    expect(described("The President's inner circle decides.")).toEqual([["President's inner circle", null]]);
    expect(described('the “x” group acts.')).toEqual([['x group', null]]);
    expect(described('Power: The “economic” group rules.')).toEqual([['economic group', null]]);
    expect(findGroups([ZHUZ, 'A so-called “fourth zhuz” emerges. Many say This is new.'])[3]!.description).toBeNull();
  });

  it('should describe a group by the clause it opens', () => {
    const [kulob] = findGroups(['Regional groups play a key role: the Kulob group dominates the state machinery; others wait.']);
    expect(kulob!.description).toBe('The Kulob group dominates the state machinery.');
    expect(findGroups(['Power belongs to the Tashkent-Ferghana clan.'])[0]!.description).toBeNull();
    expect(findGroups(['The Samarkand clan, once strong, lost.'])[0]!.description).toBeNull();
    expect(findGroups(['The Samarkand clan lost the posts; the rest stayed.'])[0]!.description).toBe('The Samarkand clan lost the posts.');
    expect(findGroups(['Since 1991 the Samarkand clan controlled the posts.'])[0]!.description).toBeNull();
    expect(findGroups(['Power: the Samarkand clan of natives controls the posts.'])[0]!.description).toBeNull();
    expect(findGroups(['The Samarkand clan is old: it: the Kulob group dominates.']).map((g) => g.description)).toEqual(['The Samarkand clan is old: it: the Kulob group dominates.', 'The Kulob group dominates.']);
  });

  it('should read a so-called group only when it shares the named groups’ noun', () => {
    const groups = findGroups([
      'So-called “patron-client” relations feature the system. ' + ZHUZ,
      'Current development stimulates formation of a new, so-called “fourth zhuz”. It involves representatives of new economic elite.',
    ]);
    expect(groups.map((g) => g.name)).toEqual(['Elder zhuz', 'Middle zhuz', 'Younger zhuz', 'fourth zhuz']);
    expect(groups[3]!.description).toBe('It involves representatives of new economic elite.');
    expect(findGroups(['A so-called “fourth zhuz” emerges. The elite grows.'])).toEqual([]);
    expect(findGroups([ZHUZ, 'A so-called “fourth zhuz” emerges. The elite grows.'])[3]!.description).toBeNull();
  });

  it('should read quoted interest groups, each described by the sentence it opens', () => {
    const groups = findGroups(['Two interest groups can be distinguished: the “institutional” and the “economic. The “institutional” group acts within the state machinery. The “economic” group asserts interests of the business elite.']);
    expect(groups.map((g) => [g.name, g.category, g.description])).toEqual([
      ['institutional interest group', 'interest group', 'The “institutional” group acts within the state machinery.'],
      ['economic interest group', 'interest group', 'The “economic” group asserts interests of the business elite.'],
    ]);
  });

  it('should keep one group per name, with the first description found', () => {
    const groups = findGroups(['Two interest groups: the “economic” group is rich.', 'The “economic” group owns banks.', 'The “Economic” group owns banks too.']);
    expect(groups.map((g) => [g.name, g.description])).toEqual([['economic interest group', 'The “economic” group owns banks.']]);
    expect(findGroups([ZHUZ, 'The Elder zhuz dominates the south.']).map((g) => g.name)).toEqual(['Elder zhuz', 'Middle zhuz', 'Younger zhuz']);
  });

  it('should quote the sentence or phrase it read', () => {
    const [kulob] = findGroups(['Others wait. The Kulob group dominates the state machinery.']);
    expect(kulob!.text).toBe('The Kulob group dominates the state machinery.');
    expect(findGroups([ZHUZ])[1]!.text).toBe('the Middle zhuz–“Orta” (Northern, Central and Eastern Kazakhstan)');
  });

  it('should read a 50 KB paragraph in bounded time (the timeout is the hang guard; speed is for npm run bench)', () => {
    findGroups([`${'the Big Small Tall Group of the clan – “x” '.repeat(1200)}`, `${'The Kulob '.repeat(5000)}group`]);
  }, 20_000);
});

describe('findGroups in Russian', () => {
  it.each<[string, Array<[string, string]>]>([
    // A quoted adjective and noun, in any case and gender, back to the nominative.
    ['Главную роль играет так называемый «донецкий клан».', [['донецкий клан', 'clan']]],
    ['Влияние «днепропетровского клана» ослабло.', [['днепропетровский клан', 'clan']]],
    ['Позиции «самаркандскому клану» удалось сохранить.', [['самаркандский клан', 'clan']]],
    ['О «ташкентском клане» говорят всё реже.', [['ташкентский клан', 'clan']]],
    ['Члены «гомельской группы» занимают посты в правительстве.', [['гомельская группа', 'regional group']]],
    ['Премьер опирается на «кулябскую группу».', [['кулябская группа', 'regional group']]],
    ['Противовесом ей служит «столичная команда».', [['столичная команда', 'elite circle']]],
    ['Представители «старой гвардии» покидают посты.', [['старая гвардия', 'group']]],
    ['Влиянием обладает «молодая элита» и «президентская семья».', [['молодая элита', 'elite circle'], ['президентская семья', 'elite circle']]],
    // The noun, then whose it is.
    ['Ядро составляет «команда вице-президента».', [['команда вице-президента', 'elite circle']]],
    ['Говорят о «семье Президента».', [['семья Президента', 'elite circle']]],
    // A quoted word that "так называемые", "блок", "лагерь" make a name: plurals back to the nominative.
    ['Первая из них – так называемые «силовики».', [['силовики', 'group']]],
    ['Окреп блок «реформаторов», ориентированных на рынок.', [['реформаторы', 'group']]],
    ['Отдельно стоят т.н. «олигархи».', [['олигархи', 'group']]],
    ['Влияние лагеря «государственников» растёт.', [['государственники', 'group']]],
    // An unquoted place's group, one group with its quoted mention.
    ['На Юге влиятельна «наманганская группа». Министр – выходец из наманганской группы.', [['наманганская группа', 'regional group']]],
    // Unquoted, only a lower-case adjective: a capitalized one may be a body's ("Минская группа"); a clan (never a body) opening a sentence too (wave 8).
    ['Чуйский клан слабеет, а нарынский клан усиливается.', [['нарынский клан', 'clan'], ['чуйский клан', 'clan']]],
    // A capitalized place's adjective with its other name in brackets, then the noun: each a group, the aside its local name.
    ['Позиции заняла Кулябская (Кулобская) группа, выходцы из которой правят.', [['кулябская группа', 'regional group']]],
    ['Гармская (Каратегинская) и Памирская (Бадахшанская) группы получили квоту.', [['гармская группа', 'regional group'], ['памирская группа', 'regional group']]],
    ['Роль играла Ленинабадская (Худжандская) элита.', [['ленинабадская элита', 'elite circle']]],
    ['Вперёд вышел Ошский (Южный) клан, а Чуйский (Бишкекский) клан отступил.', [['ошский клан', 'clan'], ['чуйский клан', 'clan']]],
    // Near misses: a body's adjective with an aside of other words, an aside that is no place's.
    ['Рабочая (экспертная) группа подготовила доклад.', []],
    ['Минская (ОБСЕ) группа продолжает работу.', []],
    ['Президентская (Кулябская) группа окрепла.', []],
    // Near misses: a body, a kind of people, a plural, a quoted word no namer makes a group.
    ['Рабочая группа подготовила проект закона.', []],
    ['Минская группа ОБСЕ продолжает работу.', []],
    ['Межпарламентская группа дружбы собралась в мае.', []],
    ['Политический клан распался, а депутатская группа выросла.', []],
    ['Региональные кланы и северные группы соперничают.', []],
    // Quoted adjectives, the noun outside the quotes, in any case and number.
    ['Сильнейшей считается «гомельская» группа.', [['гомельская группа', 'regional group']]],
    ['Выходцы из «кахетинского» клана теряют посты.', [['кахетинский клан', 'clan']]],
    ['Внутри элиты соперничают «бухарский» и «хорезмский» кланы.', [['бухарский клан', 'clan'], ['хорезмский клан', 'clan']]],
    ['Позиции «южных», «северных» или «западных» кланов ослабли.', [['южный клан', 'clan'], ['северный клан', 'clan'], ['западный клан', 'clan']]],
    ['Посты достались «андижанским» кланам.', [['андижанский клан', 'clan']]],
    ['Укрепилась «молодая столичная» команда министра.', [['молодая столичная команда', 'elite circle']]],
    ['Её поддерживает «харьковская» элита.', [['харьковская элита', 'elite circle']]],
    // An aside between the quoted adjective and its noun, in any case.
    ['Её вытеснила «ферганская» (восточная, андижанская) элита.', [['ферганская элита', 'elite circle']]],
    ['Позиции «ошского» (южного) клана ослабли.', [['ошский клан', 'clan']]],
    ['Министр опирается на «бадахшанскую» (горную) группу.', [['бадахшанская группа', 'regional group']]],
    // The noun first, its quoted adjectives after a dash or a colon; a camp is a group of its own kind.
    ['Страна расколота на два лагеря – «прозападный» и «пророссийский».', [['прозападный лагерь', 'camp'], ['пророссийский лагерь', 'camp']]],
    ['Борьба двух лагерей: «реформаторского» и «консервативного» продолжается.', [['реформаторский лагерь', 'camp'], ['консервативный лагерь', 'camp']]],
    ['Внутри «проевропейского» лагеря нет единства.', [['проевропейский лагерь', 'camp']]],
    // Wave 8, the fixture's shape: a place's clan opens the sentence, capitalized; invented: after another sentence, another case.
    ['Ферганский клан, сильный в советское время, с начала 1990-х годов оттеснён от власти.', [['ферганский клан', 'clan']]],
    ['Посты поделены. Хатлонский клан ослаб.', [['хатлонский клан', 'clan']]],
    ['Кулябскому клану достались силовые посты.', [['кулябский клан', 'clan']]],
    // Wave 8 near misses: a capitalized place's group or elite (a body's name, maybe), a clan of no place's adjective.
    ['Минская группа собралась в Вене.', []],
    ['Старый клан ослаб.', []],
    // Wave 8, the fixture's shape: the noun's genitive plural, each quoted adjective with its places in brackets; invented variants.
    [
      'Политика определяется соперничеством региональных группировок – «северной» (Чуйская и Нарынская области) и «южной» (Ошская область).',
      [['северная группировка', 'regional group'], ['южная группировка', 'regional group']],
    ],
    ['Идёт борьба кланов: «западного» (Талас), «восточного» (Нарын) и «южного».', [['западный клан', 'clan'], ['восточный клан', 'clan'], ['южный клан', 'clan']]],
    ['Сильнее прочих две группировки – «ошская» (южная) и «чуйская».', [['ошская группировка', 'regional group'], ['чуйская группировка', 'regional group']]],
    // Wave 8 near miss: a bracket after the noun's word, but no quoted adjective after the dash.
    ['Сильны группировки – (по данным опросов) и партии.', []],
    // Near misses: an aside with no noun after it; a camp with no quoted adjective.
    ['Позиции «ошских» (южных) ослабли.', []],
    ['Оппозиция создала свой лагерь – и проиграла.', []],
    // Those whom the analysis counts into a quoted group: "к «X» относят", back to the nominative plural.
    ['К «младореформаторам» эксперты относят вице-премьера.', [['младореформаторы', 'group']]],
    ['К лидерам «технократов» причисляют министра финансов, к «молодым экономистам» – его заместителя.', [['технократы', 'group'], ['молодые экономисты', 'group']]],
    ['Министр давно принадлежит к «старым аппаратчикам».', [['старые аппаратчики', 'group']]],
    // Not a group: no verb that counts someone in; an adjective alone names a group said elsewhere.
    ['Противовесом «карабахцам» выступает оппозиция.', []],
    ['Письмо было направлено к «реформаторам» в парламенте.', []],
    ['К «донецким» относят премьер-министра.', []],
    ['Партия «Родина» и «зелёные» депутаты договорились.', []],
    ['Партия «Единство» победила.', []],
    // A capitalized adjective inside the quotes, any case; not a body's group.
    ['Влияние «Карабахского клана» растёт.', [['карабахский клан', 'clan']]],
    ['«Минская группа» продолжает работу, а «Единая Россия» победила.', []],
    // A capitalized quoted adjective that opens a sentence, in any case; "так называемая «X» группа" is that group, not «X» alone.
    ['«Карабахская» группа объединяет ветеранов войны.', [['карабахская группа', 'regional group']]],
    ['«Ферганскую» группу возглавляет вице-премьер.', [['ферганская группа', 'regional group']]],
    ['Посты занимают выходцы из Гармского района, так называемая «гармская» группа.', [['гармская группа', 'regional group']]],
    ['Её вытеснил так называемый «андижанский» клан.', [['андижанский клан', 'clan']]],
    // Near miss: a capitalized quoted noun before a group's noun is no adjective.
    ['Отчёт подготовила «Родина» группа депутатов.', []],
    // A side of the country's adjective, unquoted, singular, any case; capitalized where it opens the sentence.
    ['Северный клан сохранил посты, а лидером южной группы считается министр.', [['южная группа', 'regional group'], ['северный клан', 'clan']]],
    ['Влияние западного клана ослабло.', [['западный клан', 'clan']]],
    // Near misses: a plural; an agent's adjective names no place ("исследовательской группой «…»").
    ['Южные группы и восточные кланы соперничают.', []],
    ['Опрос провела исследовательская группа «Вектор», а наблюдательская группа его проверила.', []],
    // A neuter noun any adjective makes a group: a lobby, quoted or not, back to the nominative.
    ['Отдельной силой считается так называемое «энергетическое лобби».', [['энергетическое лобби', 'lobby']]],
    ['Позиции аграрного лобби в парламенте сильны, а интересы нефтяному лобби удалось отстоять.', [['аграрное лобби', 'lobby'], ['нефтяное лобби', 'lobby']]],
    ['О «металлургическом лобби» пишут всё чаще.', [['металлургическое лобби', 'lobby']]],
    // Near miss: a lobby with no adjective.
    ['Встреча прошла в лобби гостиницы.', []],
    // An aside inside the quotes, or after each quoted adjective of a list: the name without it.
    ['Влияние «бакинской (нефтяной) группы» растёт.', [['бакинская группа', 'regional group']]],
    ['Её поддерживает «столичная (городская) элита».', [['столичная элита', 'elite circle']]],
    ['«Самаркандские» (зеравшанские) и «бухарские» кланы соперничают.', [['самаркандский клан', 'clan'], ['бухарский клан', 'clan']]],
    ['Посты делят «ошская» (южная) и «нарынская» (горная) группы.', [['ошская группа', 'regional group'], ['нарынская группа', 'regional group']]],
    // A group's noun, then whose it is, unquoted: a place or a family in the genitive, an adjective of no kind of people before.
    ['Кланы сильны, а русскоязычная элита Нарвы опирается на промышленность.', [['русскоязычная элита Нарвы', 'elite circle']]],
    ['Влияние групп растёт: клан Бекбоевых контролирует таможню.', [['клан Бекбоевых', 'clan']]],
    ['Среди элит выделяется команда Сарыбаева.', [['команда Сарыбаева', 'elite circle']]],
    // Near misses: a body's group, an abbreviation, a kind of people's elite, a place with no adjective.
    ['Рабочая группа Парламента собралась; элиты спорят.', []],
    ['Группа ОБСЕ заседала; элиты спорят.', []],
    ['Политическая элита Армении раскололась.', []],
    ['Элиты спорят, а группа Европы молчит.', []],
    ['Кланы сильны: выходец из нарынской группы Бакыта Осмонова стал министром.', [['нарынская группа', 'regional group']]],
    // A group named after a person: the noun with no adjective before it, kin or role words, a given and a family name in the genitive.
    ['Среди влиятельных групп называют группу Тагира Мусаева и клан бывшего премьер-министра Арсена Давлетова.', [['группа Тагира Мусаева', 'group'], ['клан Арсена Давлетова', 'clan']]],
    ['Элиты делят активы: сохраняет влияние и группа Остапа Левицкого.', [['группа Остапа Левицкого', 'group']]],
    ['Кланы соперничают; команда зятя Президента Нурлана Есенова контролирует банки.', [['команда Нурлана Есенова', 'elite circle']]],
    // Near misses: a person of a group named by its place; a body's group with a person after it; no family name.
    ['Кланы сильны: министром стал выходец из таласской группы Самата Ибраева.', [['таласская группа', 'regional group']]],
    // Places joined by commas and "и" before a plural noun: a group each.
    ['Влияние ошского, баткенского и нарынского кланов заметно уменьшилось.', [['нарынский клан', 'clan'], ['ошский клан', 'clan'], ['баткенский клан', 'clan']]],
    ['Кадры делят между собой чуйские и таласские группы.', [['чуйская группа', 'regional group'], ['таласская группа', 'regional group']]],
    // Near miss: adjectives of no place.
    ['Влияние старых и новых кланов уравновешено.', []],
    // An adjective of a kind between the places and the noun; a noun in the genitive plural.
    ['Исход решает соперничество западных и восточных региональных элит.', [['западная элита', 'elite circle'], ['восточная элита', 'elite circle']]],
    ['Посты делят между собой выходцы ферганской и наманганской групп.', [['наманганская группа', 'regional group'], ['ферганская группа', 'regional group']]],
    // The noun, then its places' adjectives after a colon or a dash.
    ['Влияние сохраняют региональные группы: бухарская и хорезмская, а также выходцы из армии.', [['бухарская группа', 'regional group'], ['хорезмская группа', 'regional group']]],
    ['Соперничают два клана – ошский и джалал-абадский.', [['ошский клан', 'clan'], ['джалал-абадский клан', 'clan']]],
    ['Кланы сильны: усилился джалал-абадский клан.', [['джалал-абадский клан', 'clan']]],
    // Near misses: adjectives of no place after the colon.
    ['Сложились две группы: старая и новая.', []],
    // A role plural in parentheses names a camp where nobody speaks of groups.
    ['Решения готовят силовые ведомства («силовики») и Администрация.', [['силовики', 'group']]],
    ['Рабочая группа Парламента Ивана Петрова не видела; элиты спорят.', []],
    ['Группа Стратегического Планирования собралась; кланы спорят.', []],
    // A group the press names: "получившая название «X»", "известная как «X»", "под названием «X»".
    ['Сохраняет влияние группа, сложившаяся при первом Президенте и получившая в прессе название «Наследники».', [['наследники', 'group']]],
    ['В элите выделяют группу, известную как «Братство».', [['братство', 'group']]],
    ['Сильна и группа под названием «Ветераны».', [['ветераны', 'group']]],
    // Near misses: the name of a party or a fund.
    ['Партия под названием «Родина» и депутатская группа спорят.', []],
    ['Элиты спорят; фонд, известный как «Наследие», раздаёт гранты.', []],
    // The sides of a rivalry: "раскол/борьба/противостояние … между X и Y", back to the nominative.
    ['Линия раскола проходит между Народной партией и блоком «Вперёд».', [['Народная партия', 'party'], ['блок «Вперёд»', 'bloc']]],
    ['Борьба между сторонниками Президента и «Союзом реформ» обострилась.', [['сторонники Президента', 'group'], ['Союз реформ', 'bloc']]],
    ['Повестку определяет противостояние между Аграрной партией и Движением «Единство».', [['Аграрная партия', 'party'], ['Движение «Единство»', 'group']]],
    // Lower-case sides of an adjective and a group's noun, in the singular; an aside of places after a side is its region (below).
    ['Линия раскола проходит между северными кланами и южными кланами.', [['северный клан', 'clan'], ['южный клан', 'clan']]],
    ['Борьба между старыми элитами и новыми элитами обострилась.', [['старая элита', 'elite circle'], ['новая элита', 'elite circle']]],
    ['Соперничество между восточными группами (Донецкая область) и западными группами определяет политику.', [['восточная группа', 'regional group'], ['западная группа', 'regional group']]],
    // Near misses: no rivalry; bodies; years.
    ['Соглашение между Народной партией и блоком «Вперёд» подписано.', []],
    ['Конфликт между Министерством обороны и Генеральным штабом затянулся.', []],
    ['Борьба между 2005 и 2008 годами шла за посты.', []],
    // Sides of the country in the genitive after a group's noun, each a group; a side's adjective that opens a sentence.
    ['Жизнь страны определяет соперничество кланов Запада и Востока.', [['западный клан', 'clan'], ['восточный клан', 'clan']]],
    ['Исход выборов решает борьба региональных кланов Севера и Юга.', [['северный клан', 'clan'], ['южный клан', 'clan']]],
    ['Министры из группы Севера, Юга и Запада спорят.', [['северная группа', 'regional group'], ['южная группа', 'regional group'], ['западная группа', 'regional group']]],
    ['Окрепли элиты Юга.', [['южная элита', 'elite circle']]],
    ['Восточный клан усилился после выборов. Западная группа ослабла.', [['восточный клан', 'clan'], ['западная группа', 'regional group']]],
    // A kind of group's adjective, no place's.
    ['В парламенте усилились олигархические кланы.', [['олигархический клан', 'business group']]],
    ['За партиями стоят финансово-промышленные группы.', [['финансово-промышленная группа', 'business group']]],
    // Places' adjectives before one noun, with asides between them.
    ['Сильны хатлонская (выходцы из Куляба и Бохтара), согдийская (северная) и памирская группы.', [['памирская группа', 'regional group'], ['хатлонская группа', 'regional group'], ['согдийская группа', 'regional group']]],
    // Near misses: a body's noun before a side; a kind of people.
    ['Кабинет министров Юга собрался.', []],
    ['Политический клан распался.', []],

    ['Конкуренция между кланами и группами ослабла, как и соперничество между министерствами и ведомствами.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(names([paragraph])).toEqual(expected);
  });
});

describe('findGroups in Russian: the sides of a rivalry with their regions', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      'Традиционная линия раскола проходит между северными элитами (Чуйская, Таласская и Нарынская области) и южными элитами (Ошская и Баткенская области).',
      [['северная элита', 'Чуйская, Таласская и Нарынская области'], ['южная элита', 'Ошская и Баткенская области']],
    ],
    ['Соперничество между восточными кланами (Донецкая и Луганская области) и западными кланами (Львовская область) не утихает.', [['восточный клан', 'Донецкая и Луганская области'], ['западный клан', 'Львовская область']]],
    // An aside that is no place is no region; the side is still read.
    ['Борьба между Народной партией (правящей с 2010 г.) и блоком «Вперёд» обострилась.', [['Народная партия', null], ['блок «Вперёд»', null]]],
  ])('should read %s', (paragraph, expected) => {
    expect(findGroups([paragraph]).map((g) => [g.name, g.region])).toEqual(expected);
  });
});

describe('findGroups in Russian: people named by where they come from', () => {
  it.each<[string, Array<[string, string, string | null]>]>([
    // A quoted plural that opens a sentence or a clause, or stands before a dash's gloss, where the paragraph speaks of groups; where they come from as region.
    [
      'Политику определяет соперничество региональных элит. «Западяне» – выходцы из Львовской и Тернопольской областей – контролируют министерства; «восточане» из Донецкой области держат промышленность.',
      [['западяне', 'regional group', 'Львовской и Тернопольской областей'], ['восточане', 'regional group', 'Донецкой области']],
    ],
    ['Главной считается «худжандская» группа. С ней соперничают «равнинцы» – жители долин, и «ходжентцы».', [['худжандская группа', 'regional group', null], ['равнинцы', 'regional group', null]]],
    ['Внутри элиты спорят два течения; «реформаторы» держат экономический блок.', [['реформаторы', 'group', null]]],
    // Unquoted, joined to a group by "и".
    ['Представители «ошской» группы и нарынцы остались без постов.', [['ошская группа', 'regional group', null], ['нарынцы', 'regional group', null]]],
    // People of a place in a sentence that names no group some other way, in any case.
    ['Кланы по-прежнему сильны. Ключевые посты занимают выходцы из Самаркандской области.', [['выходцы из Самаркандской области', 'regional group', 'Самаркандской области']]],
    ['Кланы по-прежнему сильны. Президент опирается на уроженцев Хатлона и выходцев из Бадахшана.', [['выходцы из Бадахшана', 'regional group', 'Бадахшана']]],
    // The origin's own clause names no group, another clause of the sentence does.
    ['Посты в аппарате занимают выходцы из Лебапского велаята; позиции дашогузского клана ослабли.', [['дашогузский клан', 'clan', null], ['выходцы из Лебапского велаята', 'regional group', 'Лебапского велаята']]],
    // In any case: a pair «X» и «Y», after a group's noun, a case that opens a clause.
    ['Политику определяет противостояние региональных элит – «северян» и «южан».', [['северяне', 'regional group', null], ['южане', 'regional group', null]]],
    ['Влияние клана «кулябцев» ослабло; «памирцам» достались посты.', [['памирцы', 'regional group', null], ['кулябцы', 'regional group', null]]],
    // Near misses: no talk of groups; a people of no place; a case no clause opens with; an adjective; a sentence that names the group itself.
    ['«Северяне» – выходцы из Чуйской области – контролируют столицу.', []],
    ['Влияние элит растёт; «граждане» этого не видят, а группы и иностранцы спорят.', []],
    ['Противовесом «карабахцам» выступает элита столицы.', []],
    ['Внутри элиты спорят; «южные» проиграли.', []],
    ['«Кулябская» группа объединяет выходцев из Кулябской области.', [['кулябская группа', 'regional group', null]]],
    // A quoted plural adjective glossed by where its people come from, an aside or another name between.
    ['Ведущую роль играют «самаркандские» – выходцы из Самаркандской и Джизакской областей.', [['самаркандские', 'regional group', 'Самаркандской и Джизакской областей']]],
    ['Среди групп выделяются «ферганские» (или «андижанские») – выходцы из Ферганской долины.', [['ферганские', 'regional group', 'Ферганской долины']]],
    // Near miss: no origin in the gloss.
    ['Кланы сильны; «новые» – из числа молодых – побеждают.', []],
  ])('should read %s', (paragraph, expected) => {
    expect(findGroups([paragraph]).map((g) => [g.name, g.category, g.region])).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // A group's noun and whom it gathers, in the genitive plural, in quotes.
    ['Наиболее прочные позиции занимает группа «молодых реформаторов» – выпускников западных вузов.', ['молодые реформаторы']],
    ['Во власти укрепился клан «нефтяников», а команда «силовиков» ослабла.', ['нефтяники', 'силовики']],
    // A role plural of the lexicon, quoted, in any case, where the paragraph speaks of groups.
    ['Внутри элиты «технократам» противостоят ветераны, а «олигархов» теснят «системные либералы».', ['технократы', 'олигархи', 'системные либералы']],
    // A quoted plural that is a clause's subject: after a plural verb, before a plural participle.
    ['Среди групп влияния выделяются «аграрники»; им противостоят «банкиры», контролирующие кредитные потоки.', ['аграрники', 'банкиры']],
    ['Группы влияния меняются: «младотурки», пришедшие из бизнеса, теснят старую гвардию.', ['младотурки']],
    // A list of plural camps after a noun and a colon are camps of their own, not adjectives of the noun.
    ['В элите выделяются две группы: «западники» и «почвенники».', ['западники', 'почвенники']],
    ['Элиты разделены на два лагеря: «консерваторов» и «модернизаторов».', ['консерваторы', 'модернизаторы']],
    // A group's own capitalized name after its noun, with "влияния"/"компаний" between.
    ['Среди элит выделяется клан «Ак-Жол», а в банках – группа компаний «Восток».', ['клан «Ак-Жол»', 'группа «Восток»']],
    ['Усилилась группа «Газпрома».', ['группа «Газпрома»']],
    // Near misses: no talk of groups; a body's group; a team at work; a quoted adjective; "граждане"; a capitalized name.
    ['Им противостоят «силовики», опирающиеся на спецслужбы.', []],
    ['Рабочая группа «экспертов» подготовила доклад.', []],
    ['Исследовательская группа «социологов» провела опрос.', []],
    ['Среди групп выделяются «кулябские»; им противостоят «граждане», уставшие от споров.', []],
    ['Рабочая группа «Реформа» собралась, а Минская группа «ОБСЕ» заседала.', []],
    // A party named by its noun is a group where groups are spoken of (elite-groups.ts), never a camp; a quoted name without one is neither.
    ['Среди групп выделяется партия «Родина», а также «Единая Россия».', ['партия «Родина»']],
  ])('should read the camps of %s', (paragraph, expected) => {
    expect(findGroups([paragraph]).map((g) => g.name)).toEqual(expected);
  });

  it('should read a 50 KB paragraph in bounded time (the timeout is the hang guard)', () => {
    findGroups([`Кланы сильны. ${'«Северяне» – выходцы из Чуйской, Таласской Иссык Кульской '.repeat(900)}областей.`]);
    findGroups([`Элиты спорят: ${'группы и памирцы, «южан» и «северян», выходцы из Аа Бб '.repeat(900)}`]);
  }, 20_000);
});

describe('findGroups in a list that a paragraph on groups opens with a colon', () => {
  it.each<[string[], Array<[string, string]>]>([
    // Each item names a group before its dash, quoted or a lower-case name; the list ends with the item that ends with a full stop.
    [
      ['Эксперты выделяют три группы влияния:', '«технари» – выпускники политехнического института;', 'военная верхушка – командование армии и пограничной службы;', 'молодые реформаторы – выпускники западных университетов.', 'Министр обороны – генерал армии.'],
      [['технари', 'group'], ['военная верхушка', 'group'], ['молодые реформаторы', 'group']],
    ],
    // A lead-in that counts parties: each item's name before its dash, quoted or with a party's noun, its leader after.
    [
      ['Коалиция «Заря», созданная Иваном Лором, объединяет три партии:', '«Заря – Центр» – Иван Лор;', 'Аграрная партия – Павел Вовк (избран спикером);', '«Новый путь» – Инга Орлова.'],
      [['Заря – Центр', 'group'], ['Аграрная партия', 'party'], ['Новый путь', 'group']],
    ],
    // A list of political forces: a name of words and a quoted name is a party's too (not a body's outside such a list).
    [
      ['Основные политические силы:', 'Социал-демократическая партия Лесото – председатель Павел Вовк;', 'Союзная революционная федерация «Заря» – лидер Инга Орлова;', '«Наш дом» – основатель Тарас Лор.'],
      [['Социал-демократическая партия Лесото', 'party'], ['Союзная революционная федерация «Заря»', 'group'], ['Наш дом', 'group']],
    ],
    [['Ведущие политические силы:', 'Лига избирателей «Возрождение» – лидер Юрий Гаев.'], [['Лига избирателей «Возрождение»', 'group']]],
    [['Основные органы власти:', 'Фонд развития «Заря» – Иван Петров;'], []],
    [['В Сейм прошли две партии:', 'Министр финансов – Павел Вовк;'], []],
    // Near misses: no colon; a lead-in on no groups.
    [['Эксперты выделяют три группы влияния.', 'военная верхушка – командование армии и пограничной службы;'], []],
    [['Члены правительства:', 'первый вице-премьер – глава экономического блока;'], []],
  ])('should read %j', (paragraphs, expected) => {
    expect(names(paragraphs)).toEqual(expected);
  });

  it.each<[string[], Array<string | null>, boolean[]]>([
    [['Группы влияния:', 'первая;', 'вторая.', 'Далее.'], [null, null, null, null], [false, true, true, false]],
    [['В элите выделяют кланы:', 'первый;', 'второй,', 'третий.', 'Далее.'], [null, null, null, null, null], [false, true, true, true, false]],
    [['Абзац.', 'Другой.'], ['Группы влияния', null], [true, false]],
    // A lead-in that counts parties (or parties and movements) before its colon opens a list too; not one whose parties stand earlier.
    [['Коалиция «Заря» объединяет четыре партии:', '«Заря – Центр» – Иван Лор;', 'Аграрная партия – Павел Вовк.', 'Далее.'], [null, null, null, null], [false, true, true, false]],
    [['В блок вошли партии и движения:', 'первое;', 'второе.'], [null, null, null], [false, true, true]],
    [['Партии, прошедшие в Сейм, получили места так:', 'первое;'], [null, null], [false, false]],
    [['Основные политические силы:', 'первая;', 'вторая.', 'Далее.'], [null, null, null, null], [false, true, true, false]],
    [['Политические силы страны слабы.', 'первая;'], [null, null], [false, false]],
  ])('should mark the items of %j as under a heading on groups', (paragraphs, headings, expected) => {
    expect(underGroupHeading(paragraphs, headings)).toEqual(expected);
  });

  it.each<[string[], boolean[]]>([
    [['Основные политические силы:', '«Заря» – Иван Лор;', 'Аграрная партия – Павел Вовк.', 'Далее.'], [false, true, true, false]],
    [['Парламент объединяет четыре партии и движения:', 'первое;'], [false, true]],
    // A lead-in on groups that are no parties opens no list of parties.
    [['Эксперты выделяют три группы влияния:', '«технари» – выпускники;'], [false, false]],
  ])('should mark the items of %j as in a list of parties', (paragraphs, expected) => {
    expect(underPartyLeadIn(paragraphs)).toEqual(expected);
  });
});
