// Small helpers shared by the bench harness and its cases.

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const fmt = {
  s: (x) => `${x.toFixed(2)} s`,
  mb: (x) => (Number.isFinite(x) ? `${x.toFixed(1)} MB` : 'n/a'),
  ratio: (x) => `${x.toFixed(2)}×`,
};
