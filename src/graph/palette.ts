/** Colours that stay distinct for the colour-blind (Okabe–Ito, softened for node fills). */
const LIGHT = ['#cfe3f5', '#f8dcc0', '#cdeadf', '#f2d4e4', '#f4ecb8', '#d9d2ef', '#d6e9c4', '#e6d5c3'];
const DARK = ['#1f4a6e', '#6b4320', '#1e5a48', '#5e2f4a', '#5c5420', '#3f3668', '#3d5a24', '#58442f'];

export function paletteColour(index: number, dark: boolean): string {
  const palette = dark ? DARK : LIGHT;
  return palette[((index % palette.length) + palette.length) % palette.length];
}
