import { describe, expect, it } from 'vitest';
import { html } from './html.js';

describe('the html template', () => {
  it('escapes every interpolated text, in content and in attributes', () => {
    const typed = `<script>alert("x")</script> & 'quoted' \`tick\``;
    expect(html`<p title="${typed}">${typed}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &#96;tick&#96;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &#96;tick&#96;</p>',
    );
  });

  it('nests template output unescaped and joins lists', () => {
    const items = ['<a>', 'b'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
  });

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    expect(html`${null}${undefined}${false}${0}${true}`.value).toBe('0true');
  });
});
