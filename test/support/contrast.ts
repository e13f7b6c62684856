/** WCAG contrast between two CSS colours as the browser computes them ("rgb(…)" / "rgba(…)"). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return Number(((hi + 0.05) / (lo + 0.05)).toFixed(2));
}

export function channels(color: string): number[] {
  const inner = /rgba?\(([^)]+)\)/.exec(color)?.[1];
  if (!inner) throw new Error(`not a computed colour: ${color}`);
  return inner.split(/[,\s/]+/).filter(Boolean).map(Number);
}

function luminance(color: string): number {
  const [r, g, b] = channels(color)
    .slice(0, 3)
    .map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
