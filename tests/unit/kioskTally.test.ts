import { describe, expect, it } from 'vitest';
import { countFirstPick, emptyTally, parseTally, tallyCsv } from '../../src/engine/kioskTally';

describe('the organiser’s tally', () => {
  it('counts first picks per step and exports them as CSV, counts only', () => {
    let tally = { ...emptyTally(), started: 3, finished: 2 };
    tally = countFirstPick(tally, 'contact-friend-request', 'decide', 'ask-adult');
    tally = countFirstPick(tally, 'contact-friend-request', 'decide', 'ask-adult');
    tally = countFirstPick(tally, 'contact-friend-request', 'decide', 'accept');
    expect(tallyCsv(tally)).toBe(
      [
        'what,scenario,step,choice,count',
        'visits started,,,,3',
        'visits finished,,,,2',
        'first choice,contact-friend-request,decide,accept,1',
        'first choice,contact-friend-request,decide,ask-adult,2',
        '',
      ].join('\r\n'),
    );
    expect(parseTally(JSON.stringify(tally))).toEqual(tally);
  });

  it('reads anything stored as a tally of the right shape, dropping what is not an id or a count', () => {
    expect(parseTally('not json')).toEqual(emptyTally());
    expect(
      parseTally(
        JSON.stringify({ started: -1, finished: 'x', firstPicks: { 'Bad Id/x': { a: 1 }, 'ok/step': { '<b>': 2, c: 1.5, d: 4 } } }),
      ),
    ).toEqual({
      started: 0,
      finished: 0,
      firstPicks: { 'ok/step': { d: 4 } },
    });
  });
});
