/**
 * A small bar chart of acceptance rates: one bar per group with its 95% interval drawn as a whisker.
 * Preact-rendered SVG elements only. The numbers are also given as text beside it, for screen readers
 * and for anyone who prefers reading to eyeballing.
 */
import type { Rate } from '../../shared/stats';
import { notEnoughText, rateText, resultStrings as s } from './strings';

const WIDTH = 200;
const ROW = 18;
const BAR = 10;

export interface LabelledRate {
  label: string;
  rate: Rate;
}

function Row({ rate, index }: { rate: Rate; index: number }) {
  const y = index * ROW + (ROW - BAR) / 2;
  const middle = y + BAR / 2;
  const x = (value: number) => value * WIDTH;
  return (
    <g class={rate.enough ? 'chart__row' : 'chart__row chart__row--thin'}>
      <rect x={0} y={y} width={WIDTH} height={BAR} fill="#e8e8e8" />
      {rate.total > 0 && (
        <>
          <rect x={0} y={y} width={x(rate.rate)} height={BAR} fill={rate.enough ? '#0a66c2' : '#9db7d3'} />
          <line
            x1={x(rate.interval.low)}
            x2={x(rate.interval.high)}
            y1={middle}
            y2={middle}
            stroke="#1d2226"
          />
          <line x1={x(rate.interval.low)} x2={x(rate.interval.low)} y1={y} y2={y + BAR} stroke="#1d2226" />
          <line x1={x(rate.interval.high)} x2={x(rate.interval.high)} y1={y} y2={y + BAR} stroke="#1d2226" />
        </>
      )}
    </g>
  );
}

export function RateChart({ title, rows }: { title: string; rows: readonly LabelledRate[] }) {
  return (
    <div class="chart">
      <svg
        role="img"
        aria-label={s.chartLabel(title)}
        width={WIDTH}
        height={rows.length * ROW}
        viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`}
      >
        {rows.map(({ label, rate }, index) => (
          <Row key={label} rate={rate} index={index} />
        ))}
      </svg>
      <ul class="chart__legend">
        {rows.map(({ label, rate }) => (
          <li key={label} data-rate={rate.key}>
            <strong>{label}</strong>: {`${rate.successes}/${rate.total}`} ·{' '}
            {rate.enough
              ? rateText(rate.rate, rate.interval.low, rate.interval.high)
              : notEnoughText(rate.total)}
          </li>
        ))}
      </ul>
    </div>
  );
}
