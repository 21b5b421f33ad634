/**
 * 休み as lists write them in a note: 「国民の祝日に関する法律に規定する休日及び年末年始（12月29日から
 * 翌年の1月3日）は終日利用不可」 → closed: [holiday, newyear]; 「月～金（祝日を除く）」 → the days and
 * holiday. Read conservatively: a closure is taken only from a phrase that says nothing else, so
 * 「会議室は祝日休み」 or 「祝日も営業」 never close the whole place. A sentence that is wholly said by
 * the closures leaves the note; anything else stays in it, word for word.
 */
import { CLOSURES, type Closure } from '../../schemas/index.ts';
import type { MonthDayPeriod } from '../hours/open-status.ts';

export interface ClosureReading {
  closed: Closure[];
  /** The note without the sentences the closures say in full (empty when nothing is left). */
  rest: string;
  /** Things to tell the clerk (a 年末年始 with other dates than the site's). */
  notes: string[];
}

export interface ClosurePeriods {
  newYear: MonthDayPeriod;
  obon: MonthDayPeriod;
}

/** Words that close a place (休館・利用不可 …), with the particles and 終日 before them. */
const CLOSED_WORDS =
  /(?:は|を|も)?\s*(?:終日)?\s*(?:お?休み|休業|休館|休所|休診|休園|閉所|閉館|閉庁|利用不可|利用できません|利用できない|ご利用いただけません)/g;
/** Words that say it is open: a closure word after them belongs to another phrase. */
const OPEN_WORDS = /営業|開所|開館|開庁|診療(?!日)|利用可|対応|受付|受け付け/g;
/** 「【休館日】…」「休館日：…」: the list after the label is closed. */
const CLOSED_LABEL =
  /^[【[]?\s*(?:休館日|休業日|休所日|休診日|休園日|定休日|閉庁日|休日|休み)\s*(?:[】\]]\s*[:：]?|[:：])\s*/;
const DATE_RANGE =
  /[（(]?\s*(\d{1,2})\s*[月/]\s*(\d{1,2})\s*日?\s*(?:\([^)]*\))?\s*(?:から|～|~|〜|-|－|ー|－)\s*(?:翌年の?)?\s*(\d{1,2})\s*[月/]\s*(\d{1,2})\s*日?\s*(?:\([^)]*\))?\s*(?:まで)?\s*[）)]?/g;
const WEEKDAYS = /[月火水木金土日]曜日?|土日|平日|(?<![0-9])[月火水木金土日](?=[・、,\s]|$)/g;
const CONNECTORS = /及び|および|並びに|ならびに|かつ|[、・,と及やのはもを\s]|等|など/g;
/** 「国民の祝日に関する法律に規定する休日」 is the law's name for 祝日. */
const HOLIDAY_WORDS = /国民の祝日に関する法律に規定する休日|国民の祝日|祝祭日|祝日|振替休日|休日/g;

const pad = (value: string) => value.padStart(2, '0');

/** Which closures a phrase names; undefined when it also says something else (a room, a time …). */
function closuresOf(phrase: string, periods: ClosurePeriods, notes: string[]) {
  const closed = new Set<Closure>();
  let weekdays = false;
  let exact = true;
  let text = phrase.replace(/[（(][^（）()]*(?:場合|振替)[^（）()]*[）)]/g, ' ');
  text = text.replace(DATE_RANGE, (_, m1: string, d1: string, m2: string, d2: string) => {
    const period = { from: `${pad(m1)}-${pad(d1)}`, to: `${pad(m2)}-${pad(d2)}` };
    const [from, to] = [Number(m1), Number(m2)];
    const kind = from === 12 && to === 1 ? 'newyear' : from === 8 && to === 8 ? 'obon' : undefined;
    if (!kind) return '\u0000';
    closed.add(kind);
    const site = kind === 'newyear' ? periods.newYear : periods.obon;
    if (site.from !== period.from || site.to !== period.to) {
      exact = false;
      const label = kind === 'newyear' ? '年末年始' : 'お盆';
      notes.push(
        `${label}の休み（${m1}/${d1}～${m2}/${d2}）がサイトの設定（${site.from}～${site.to}）と違います。時間についての補足に残しました`,
      );
    }
    return ' ';
  });
  text = text
    .replace(HOLIDAY_WORDS, () => (closed.add('holiday'), ' '))
    .replace(/年末年始/g, () => (closed.add('newyear'), ' '))
    .replace(/お盆|盂蘭盆/g, () => (closed.add('obon'), ' '))
    .replace(WEEKDAYS, () => ((weekdays = true), ' '))
    .replace(CONNECTORS, ' ');
  if (text.trim() !== '' || closed.size === 0) return undefined;
  return { closed, wholly: exact && !weekdays };
}

/** The phrases of one sentence that are followed by a closure word (or follow a 休館日 label). */
function closedPhrases(sentence: string): { phrase: string; start: number; end: number }[] {
  const label = CLOSED_LABEL.exec(sentence);
  if (label && label[0].trim() !== '')
    return [{ phrase: sentence.slice(label[0].length), start: 0, end: sentence.length }];
  const marks = [
    ...[...sentence.matchAll(CLOSED_WORDS)].map((match) => ({ match, closed: true })),
    ...[...sentence.matchAll(OPEN_WORDS)].map((match) => ({ match, closed: false })),
  ].sort((a, b) => a.match.index - b.match.index);
  const phrases: { phrase: string; start: number; end: number }[] = [];
  let from = 0;
  for (const { match, closed } of marks) {
    if (match.index < from) continue;
    const end = match.index + match[0].length;
    if (closed) phrases.push({ phrase: sentence.slice(from, match.index), start: from, end });
    from = end;
  }
  return phrases;
}

export function readClosures(note: string, periods: ClosurePeriods): ClosureReading {
  const closed = new Set<Closure>();
  const notes: string[] = [];
  const kept: string[] = [];
  // Sentences: 。 and line breaks, and a 【label】 starts a new one.
  for (const sentence of note.split(/(?<=[。\n])|(?=【)/)) {
    const plain = sentence.normalize('NFKC');
    let said = plain;
    let found = 0;
    let wholly = true;
    for (const { phrase, start, end } of closedPhrases(plain)) {
      const reading = closuresOf(phrase, periods, notes);
      if (!reading) continue;
      found += 1;
      for (const closure of reading.closed) closed.add(closure);
      if (!reading.wholly) wholly = false;
      said = said.slice(0, start) + ' '.repeat(end - start) + said.slice(end);
    }
    // Drop the sentence only when the closures say all of it; otherwise keep it as written.
    if (found > 0 && wholly && said.replace(/[。、,.\s]/g, '') === '') continue;
    kept.push(sentence);
  }
  return { closed: CLOSURES.filter((closure) => closed.has(closure)), rest: kept.join('').trim(), notes };
}

/** 「月～金（祝日を除く）」「月～金 祝祭日除く」 → the days text and the closures it names. */
export function splitDayExceptions(days: string, periods: ClosurePeriods): { days: string; closed: Closure[] } {
  const match = /[（(]?\s*([^（）()]*?)\s*(?:を)?除く\s*[）)]?\s*$/.exec(days.normalize('NFKC'));
  if (!match) return { days, closed: [] };
  const found = closuresOf(match[1], periods, []);
  if (!found) return { days, closed: [] };
  const closed = CLOSURES.filter((closure) => found.closed.has(closure));
  return { days: days.normalize('NFKC').slice(0, match.index).trim(), closed };
}
