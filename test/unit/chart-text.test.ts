import { describe, expect, test } from 'vitest';
import { looksLikeFormula } from '../../src-main/core/export/cell-text.js';
import { escapeHtml, tooltipHtml } from '../../src-main/shared/charts/escape.js';
import { formatCount, partOf, plural } from '../../src-main/shared/format.js';
import { describeScopeText } from '../../src-main/shared/scope-text.js';

describe('wording shared by charts and reports', () => {
  test('counts and nouns', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(plural(1, 'pairing')).toBe('1 pairing');
    expect(partOf(12, 30, 'pairing')).toBe('12 of 30 pairings');
    expect(partOf(1, 1, 'entity', 'entities')).toBe('1 of 1 entity');
  });

  test('the scope in words', () => {
    expect(describeScopeText({})).toBe('All pairings (no filters)');
    expect(describeScopeText({ theme: ['Circular economy', 'Mobility'], from: ['2018-01-01'] })).toBe(
      'theme: Circular economy or Mobility; start on or after: 2018-01-01',
    );
  });
});

describe('imported text', () => {
  test('is escaped for HTML tooltips', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(tooltipHtml('<b>', [['k<', 'v>']])).toBe('<b>&lt;b&gt;</b><br/>k&lt;: <b>v&gt;</b>');
  });

  test('that could start a formula is recognised', () => {
    for (const risky of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(looksLikeFormula(risky), JSON.stringify(risky)).toBe(true);
    for (const safe of ['Rotterdam', ' =1', '1-2', 'São Paulo', '']) expect(looksLikeFormula(safe), JSON.stringify(safe)).toBe(false);
  });
});
