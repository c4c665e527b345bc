declare module 'virtual:pyodide-assets' {
  /** The folder the Python runtime is served from, e.g. `/pyodide/314.0.8/`. */
  export const PYODIDE_BASE: string;
  export const PYODIDE_VERSION: string;
  /** Each runtime file with its size in bytes, for an honest loading bar. */
  export const PYODIDE_FILES: readonly { name: string; bytes: number }[];
  /** The Cache Storage name the runtime is kept under after its first load. */
  export const PYODIDE_CACHE: string;
}
