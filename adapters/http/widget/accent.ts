/**
 * Text colour that stays readable on the configured accent (WCAG relative luminance).
 * `computed` is the browser's resolved colour, e.g. "rgb(15, 118, 110)".
 */
export function textOnAccent(computed: string): string {
  const match = /^rgba?\((\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)/.exec(computed);
  if (!match) return '#ffffff';
  const [r, g, b] = [match[1], match[2], match[3]].map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithInk = (luminance + 0.05) / 0.0625;
  return contrastWithWhite >= contrastWithInk ? '#ffffff' : '#111827';
}
