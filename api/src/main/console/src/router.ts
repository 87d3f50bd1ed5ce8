// Hash routes (#/board, #/young-people/yp-1), so the server serves one page at /console/.
import { useEffect, useState } from 'preact/hooks';

export function useRoute(): string[] {
  const [parts, setParts] = useState(parse());
  useEffect(() => {
    const changed = () => setParts(parse());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return parts;
}

function parse(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
}

export const href = (...parts: string[]) => '#/' + parts.map(encodeURIComponent).join('/');

export function go(...parts: string[]) {
  window.location.hash = href(...parts).slice(1);
}
