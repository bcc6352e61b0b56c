/**
 * The first quote checker's normalisation, character by character with regular expressions:
 * slow, but plainly right. The fast `normalize` must agree with it on every input.
 */
export function referenceNormalize(original: string): { text: string; origin: number[] } {
  const chars: string[] = [];
  const origin: number[] = [];
  const push = (char: string, at: number) => {
    chars.push(char);
    origin.push(at);
  };
  for (let i = 0; i < original.length; i++) {
    const char = original[i];
    if (/\s/.test(char)) {
      const previous = chars.at(-1);
      if (previous !== undefined && previous !== ' ' && previous !== '-') push(' ', i);
      continue;
    }
    if (/[-‐‑‒–—―−]/.test(char)) {
      if (chars.at(-1) === ' ') {
        chars.pop();
        origin.pop();
      }
      if (chars.at(-1) !== '-') push('-', i);
      continue;
    }
    if (/[‘’‚‛′´`]/.test(char)) push("'", i);
    else if (/[“”„‟″«»]/.test(char)) push('"', i);
    else push(char, i);
  }
  if (chars.at(-1) === ' ') {
    chars.pop();
    origin.pop();
  }
  return { text: chars.join(''), origin };
}
