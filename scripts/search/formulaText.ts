/** TeX commands that are words a reader might type: function names and Greek letters keep their name. */
const WORD_COMMANDS = new Set([
  'cos', 'sin', 'tan', 'tanh', 'ln', 'log', 'exp', 'max', 'min', 'lim', 'arg', 'det',
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'eta', 'theta', 'lambda', 'mu', 'pi', 'sigma', 'tau',
  'omega', 'Delta', 'Sigma', 'Omega',
]);

/** TeX commands shown as the symbol they draw, so a snippet still reads like the formula. */
const SYMBOL_COMMANDS: Record<string, string> = {
  times: '×', cdot: '·', sum: 'Σ', prod: 'Π', approx: '≈', top: 'ᵀ', partial: '∂', infty: '∞',
  leftarrow: '←', to: '→', rightarrow: '→', le: '≤', leq: '≤', ge: '≥', geq: '≥', pm: '±', in: '∈', nabla: '∇',
  propto: '∝', mid: '|', iff: '⇔', sim: '~', dots: '…', ldots: '…', cdots: '…', ell: 'ℓ', lVert: '‖', rVert: '‖',
};

/** The balanced `{…}` group starting at `open` (which must be a brace): its inside and the index after it. */
function braceGroup(tex: string, open: number): { inside: string; end: number } | null {
  if (tex[open] !== '{') return null;
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    if (tex[i] === '{') depth++;
    else if (tex[i] === '}' && --depth === 0) return { inside: tex.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

/** A fraction's part as it reads inline: in parentheses when it holds more than one term. */
const fractionPart = (part: string) => (/[\s+\-=]/.test(part.trim()) ? `(${part.trim()})` : part.trim());

/** `\frac{a}{b}` (and `\dfrac`, `\tfrac`) as `a / b`, inner fractions first, so `\frac{1}{1 + e^{-x}}` reads 1 / (1 + e^-x). */
function inlineFractions(tex: string): string {
  const match = /\\[dt]?frac\s*(?=\{)/.exec(tex);
  if (!match) return tex;
  const numerator = braceGroup(tex, match.index + match[0].length);
  const denominator = numerator && braceGroup(tex, numerator.end);
  if (!numerator || !denominator) return tex;
  const fraction = `${fractionPart(inlineFractions(numerator.inside))} / ${fractionPart(inlineFractions(denominator.inside))}`;
  return tex.slice(0, match.index) + fraction + inlineFractions(tex.slice(denominator.end));
}

/**
 * Plain text of a TeX formula for the search index: `\text{softmax}(QK^\top)` becomes `softmax (QKᵀ)`.
 * Words survive (function names, Greek letters by name, text inside braces); layout commands disappear.
 */
export function formulaText(tex: string): string {
  return inlineFractions(tex)
    .replace(/\\(?:begin|end)\{[^}]*\}/g, ' ')
    .replace(/\\([a-zA-Z]+)/g, (_, name: string) => {
      if (WORD_COMMANDS.has(name)) return ` ${name} `;
      if (name === 'sqrt') return ' √';
      if (name === 'quad' || name === 'qquad') return ' ';
      const symbol = SYMBOL_COMMANDS[name];
      return symbol ? ` ${symbol} ` : '';
    })
    .replace(/\\[\\,;:! ]/g, ' ')
    .replace(/\}\{|&/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\^ ?ᵀ/g, 'ᵀ')
    .replace(/\s+/g, ' ')
    .replace(/(\p{L}) \(/gu, '$1(')
    .replace(/\( /g, '(')
    .replace(/ ([),])/g, '$1')
    .trim();
}
