/* A chart as Excel draws a clustered column chart by default: title, value axis, bars, categories, legend. */
import * as React from "react";
import type { ChartModel } from "../model/types";

/** Office's default series colours, in order. */
const PALETTE = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
];

/** A step of 1, 2 or 5 × 10ⁿ that cuts the span into about five intervals. */
function niceStep(span: number): number {
  if (!(span > 0)) return 1;
  const rough = span / 5;
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const m = rough / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

function tickLabel(v: number, step: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return v.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

export function ChartView({
  chart,
  width,
  height,
  label,
}: {
  chart: ChartModel;
  width: number;
  height: number;
  label: string;
}): React.JSX.Element {
  const values = chart.series.flatMap((s) =>
    s.values.filter((v): v is number => typeof v === "number" && Number.isFinite(v))
  );
  const step = niceStep(Math.max(0, ...values) - Math.min(0, ...values));
  const min = Math.floor(Math.min(0, ...values) / step) * step;
  const max = Math.max(min + step, Math.ceil(Math.max(0, ...values) / step) * step);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.abs(t) < step / 1e6 ? 0 : t);

  const titleH = chart.title ? 30 : 10;
  const legendH = chart.series.length > 0 ? 24 : 0;
  const axisLabelW = 8 + 7 * Math.max(...ticks.map((t) => tickLabel(t, step).length));
  const plot = {
    x: axisLabelW + 8,
    y: titleH + 6,
    w: Math.max(10, width - axisLabelW - 24),
    h: Math.max(10, height - titleH - legendH - 34),
  };
  const y = (v: number) => plot.y + plot.h - ((v - min) / (max - min)) * plot.h;
  const categoryCount = Math.max(
    1,
    chart.categories.length,
    ...chart.series.map((s) => s.values.length)
  );
  const groupW = plot.w / categoryCount;
  const line = /line/i.test(chart.type);
  // Excel's default gap between clusters is about 2 bar widths.
  const barW = groupW / (chart.series.length + 2);

  return (
    <svg
      className="wb-chart-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <rect x={0} y={0} width={width} height={height} fill="#fff" />
      {chart.title ? (
        <text x={width / 2} y={22} textAnchor="middle" className="wb-chart-title">
          {chart.title}
        </text>
      ) : null}
      {ticks.map((t) => (
        <g key={t}>
          <line
            x1={plot.x}
            x2={plot.x + plot.w}
            y1={y(t)}
            y2={y(t)}
            stroke={t === 0 ? "#bfbfbf" : "#e4e4e4"}
          />
          <text x={plot.x - 6} y={y(t) + 4} textAnchor="end" className="wb-chart-axis">
            {tickLabel(t, step)}
          </text>
        </g>
      ))}
      {chart.series.map((s, i) => {
        const colour = PALETTE[i % PALETTE.length];
        if (line) {
          const points = s.values
            .map((v, k) =>
              typeof v === "number" ? `${plot.x + groupW * (k + 0.5)},${y(v)}` : null
            )
            .filter((p): p is string => p !== null);
          return (
            <polyline
              key={i}
              points={points.join(" ")}
              fill="none"
              stroke={colour}
              strokeWidth={2.25}
            />
          );
        }
        return (
          <g key={i} fill={colour}>
            {s.values.map((v, k) =>
              typeof v === "number" && Number.isFinite(v) ? (
                <rect
                  key={k}
                  x={plot.x + groupW * k + barW * (1 + i)}
                  y={Math.min(y(v), y(0))}
                  width={Math.max(1, barW)}
                  height={Math.abs(y(v) - y(0))}
                >
                  <title>{`${s.name} · ${chart.categories[k] ?? k + 1}: ${v}`}</title>
                </rect>
              ) : null
            )}
          </g>
        );
      })}
      {Array.from({ length: categoryCount }, (_, k) => (
        <text
          key={k}
          x={plot.x + groupW * (k + 0.5)}
          y={plot.y + plot.h + 16}
          textAnchor="middle"
          className="wb-chart-axis"
        >
          {chart.categories[k] ?? String(k + 1)}
        </text>
      ))}
      <Legend series={chart.series.map((s) => s.name)} y={height - 12} width={width} />
    </svg>
  );
}

function Legend({
  series,
  y,
  width,
}: {
  series: string[];
  y: number;
  width: number;
}): React.JSX.Element {
  // Roughly centred: each entry is a swatch, a gap and its name (about 7px a character).
  const widths = series.map((n) => 18 + n.length * 7 + 14);
  let x = Math.max(4, (width - widths.reduce((a, b) => a + b, 0)) / 2);
  return (
    <g className="wb-chart-legend">
      {series.map((name, i) => {
        const at = x;
        x += widths[i];
        return (
          <g key={i}>
            <rect x={at} y={y - 8} width={9} height={9} fill={PALETTE[i % PALETTE.length]} />
            <text x={at + 14} y={y} className="wb-chart-axis">
              {name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
