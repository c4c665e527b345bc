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

/**
 * Plain text of a TeX formula for the search index: `\text{softmax}(QK^\top)` becomes `softmax (QKᵀ)`.
 * Words survive (function names, Greek letters by name, text inside braces); layout commands disappear.
 */
export function formulaText(tex: string): string {
  return tex
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
