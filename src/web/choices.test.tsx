import { describe, expect, it } from 'vitest';
import { translator } from '../plugins/i18n.js';
import { Checkboxes, Radios } from './choices.js';
import { h } from './jsx.js';

const t = translator('en');
const options: Array<[string, string]> = [['arts', 'Arts & <theatre>'], ['heritage', 'Heritage'], ['two words', 'Other']];

describe('choice groups', () => {
  it('mark the chosen options, with ids from the group and the value, labels escaped', () => {
    const html = (<Checkboxes t={t} name="subsectors" legend="Subsectors" options={options} checked={['arts', 'two words']} errors={[]} />).value;
    expect(html).toContain('<fieldset id="f-subsectors"><legend>Subsectors</legend>');
    expect(html).toContain('<input type="checkbox" id="f-subsectors-arts" name="subsectors" value="arts" checked>');
    expect(html).toContain('<input type="checkbox" id="f-subsectors-heritage" name="subsectors" value="heritage">');
    expect(html).toContain('id="f-subsectors-two-words" name="subsectors" value="two words" checked');
    expect(html).toContain('<label for="f-subsectors-arts">Arts &amp; &lt;theatre&gt;</label>');
    expect(html).not.toContain('aria-describedby');
  });

  it('describe every input by the hint and the error, and mark the group as in error', () => {
    const html = (<Radios t={t} name="outcome" legend="Outcome" hint="Pick one" required options={options} value="heritage"
      errors={[{ field: 'body.outcome', message: 'must be one of the list' }]} />).value;
    expect(html).toContain('<fieldset id="f-outcome" class="field-error">');
    expect(html).toContain(`<legend>Outcome<span class="required"> (${t('form.required')})</span></legend>`);
    expect(html).toContain('<p class="hint" id="f-outcome-hint">Pick one</p>');
    expect(html).toContain('<p class="error-text" id="f-outcome-error">must be one of the list</p>');
    expect(html).toContain('<input type="radio" id="f-outcome-heritage" name="outcome" value="heritage" checked aria-describedby="f-outcome-hint f-outcome-error">');
    expect(html.match(/ checked/g)).toHaveLength(1);
  });

  it('take another id prefix for a second group of the same name on one page', () => {
    const html = (<Radios t={t} name="status" legend="Status" options={options} value="" errors={[]} idPrefix="c12" />).value;
    expect(html).toContain('<fieldset id="c12-status">');
    expect(html).toContain('id="c12-status-arts"');
    expect(html).not.toContain(' checked');
  });
});
