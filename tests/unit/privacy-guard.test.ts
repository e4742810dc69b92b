import { describe, expect, it } from 'vitest';
import { exemptSecrets, personalDataRules, plainText } from '../../src/build/guard/guard.ts';
import { loadGuardInputs, loadSite } from '../../src/site/load.ts';
import { ContentError } from '../../src/shared/problems.ts';
import { copyFixture, fixturePaths } from '../support/fixtures.ts';

// Childline and NYAS from the helplines, and a council's out-of-hours team from its local help.
const rules = personalDataRules({
  helplines: [{ phone: '0800 1111' }, { phone: '0808 808 1001' }],
  localHelp: [{ phone: '01632 960123' }],
});
/** The rules a text breaks, as the guard reads it. */
const broken = (text: string) =>
  rules
    .filter((rule) => [...plainText(text).matchAll(rule.pattern)].some((m) => !rule.allowed?.(m[0])))
    .map((rule) => rule.name);

describe('the privacy guard spots personal data', () => {
  it.each([
    ['Write to jane.doe@example.com for details.', 'an e-mail address'],
    ['Her mobile is 07700 900123.', 'a phone number that is not a listed helpline'],
    ['Call the social worker on 01604 123456.', 'a phone number that is not a listed helpline'],
    ['Ring +44 1604 123456 after six.', 'a phone number that is not a listed helpline'],
    ['Case ref: NCT/2023/0481 was closed.', 'a case or job reference number'],
    ['Case number 12345 went to panel.', 'a case or job reference number'],
    ['Job reference: SW-2291 (team manager).', 'a case or job reference number'],
    ['Child ID 884213 moved placement.', 'a case or job reference number'],
    ['Date of birth: 12/03/2009.', 'a date of birth'],
    ['DOB 2009-03-12', 'a date of birth'],
    ['She was born on 4 May 2008 in Kettering.', 'a date of birth'],
  ])('“%s” is %s', (text, rule) => {
    expect(broken(text)).toEqual([rule]);
  });

  it.each([
    'Childline: call 0800 1111, any time.',
    'NYAS: call 0808 808 1001 or visit their website.',
    'Out of hours, call the emergency team on 01632 960123.',
    'In danger, call 999.',
    'Caseloads fell to 16.5 per worker in 2023, and 1,234 referrals were made.',
    'The budget for 2023/24 is £12,345,678; the case for change was agreed on 10 October 2023.',
    'The Trust was born out of the 2019 inspection (ofsted-2019 L12).',
    'Reference number of the decision: none given. Council met on 28 September 2023.',
  ])('lets through “%s”', (text) => {
    expect(broken(text)).toEqual([]);
  });
});

describe('what the privacy guard reads from the content', () => {
  it('is the same exempt notes, helplines and local help as the whole site holds', () => {
    const site = loadSite(fixturePaths());
    const inputs = loadGuardInputs(fixturePaths());
    expect(exemptSecrets(inputs).map((secret) => secret.text)).toContain(
      'FIXTURE CANARY 91b: the secret price is one hundred pounds and must never appear.',
    );
    expect(exemptSecrets(inputs)).toEqual(exemptSecrets(site));
    expect(inputs.helplines).toEqual(site.helplines);
    // Local help a source gives a number for is public too.
    expect(inputs.localHelp).toEqual(site.localHelp);
    expect(inputs.localHelp.map((help) => help.phone)).toEqual(['01632 960123']);
  });

  it('fails, naming the file, when a meeting it reads is broken', () => {
    const copy = copyFixture();
    try {
      copy.edit('content/meetings/test-council-2023-09-28.md', (text) =>
        text.replace(/^date: .*$/m, 'date: 28 September'),
      );
      expect(() => loadGuardInputs(copy.paths)).toThrow(ContentError);
      expect(() => loadGuardInputs(copy.paths)).toThrow('content/meetings/test-council-2023-09-28.md');
    } finally {
      copy.remove();
    }
  });
});
