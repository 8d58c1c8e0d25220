import { describe, expect, it } from 'vitest';
import { ScrollTable } from './components.js';
import { h } from './jsx.js';

describe('ScrollTable', () => {
  it('puts the table in a focusable region named by its caption, escaped once in each place', () => {
    const html = <ScrollTable caption={'Budget <2027> & "plan"'} class="data-table" captionClass="visually-hidden"><tbody><tr><td>1</td></tr></tbody></ScrollTable>;
    expect(html.value).toBe('<div class="table-scroll" tabindex="0" role="region" aria-label="Budget &lt;2027&gt; &amp; &quot;plan&quot;">'
      + '<table class="data-table"><caption class="visually-hidden">Budget &lt;2027&gt; &amp; &quot;plan&quot;</caption>'
      + '<tbody><tr><td>1</td></tr></tbody></table></div>');
  });

  it('leaves out the classes it was not given', () => {
    expect((<ScrollTable caption="Leden"><thead><tr><th>Naam</th></tr></thead></ScrollTable>).value)
      .toBe('<div class="table-scroll" tabindex="0" role="region" aria-label="Leden"><table><caption>Leden</caption><thead><tr><th>Naam</th></tr></thead></table></div>');
  });
});
