// Chart.js, registered piece by piece (bar charts only) so that the rest tree-shakes away. Loaded
// as a lazy chunk by pages/cohort.tsx: the console's first load stays small.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Legend, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Draws this period's bars beside the previous period's (hatched by a border, not colour alone). */
export function bars(canvas: HTMLCanvasElement, labels: string[], current: number[], previous: number[]): () => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'This period', data: current, backgroundColor: '#1d70b8' },
        { label: 'Previous period', data: previous, backgroundColor: '#ffffff', borderColor: '#0b0c0c', borderWidth: 2 },
      ],
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  return () => chart.destroy();
}
